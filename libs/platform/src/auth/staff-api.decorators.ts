import { validationFailed } from '../http/validation';
import { StaffTokenGuard } from './staff-token.guard';
import { applyDecorators, ParseUUIDPipe, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';

/** The name of the staff-token scheme in the OpenAPI document (each service's documentBuilder). */
export const STAFF_TOKEN_SCHEME = 'staff-token';

/** A staff endpoint: the staff token is required, and documented with its 401 and 403. */
export const StaffEndpoint = () =>
  applyDecorators(
    UseGuards(StaffTokenGuard),
    ApiBearerAuth(STAFF_TOKEN_SCHEME),
    ApiUnauthorizedResponse({ description: "No valid staff token (from compliance-tracker's POST /v1/staff/token)" }),
    ApiForbiddenResponse({ description: "The token's role may not use this endpoint" }),
  );

/** An `:id` path parameter: 400 in the problem shape when it is not a UUID. */
export const uuidId = () => new ParseUUIDPipe({ exceptionFactory: () => validationFailed([{ field: 'id', reason: 'id must be a UUID' }]) });
