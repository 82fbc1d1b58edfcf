import { NotFoundException, ParseUUIDPipe } from '@nestjs/common';

/** A CME case's address holds its id; anything else is a page that does not exist (404), not a bad request. */
export const cmeCaseIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException() });
