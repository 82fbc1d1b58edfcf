import { NotFoundException, ParseUUIDPipe } from '@nestjs/common';

/** A child's address holds their id; anything else is a page that does not exist (404), not a bad request. */
export const childIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException() });
