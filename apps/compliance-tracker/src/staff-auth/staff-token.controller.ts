import { Correlation } from '@homeward/platform';
import { Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AuthenticatedOfficer, CurrentOfficer, StaffAuthGuard } from './authenticate-officer';
import { IssueStaffToken, IssueStaffTokenCommand, StaffTokenView } from './issue-staff-token';

/** The staff directory: an officer's key buys a short-lived token the other services accept. */
@ApiTags('staff')
@ApiBearerAuth()
@UseGuards(StaffAuthGuard)
@Controller('v1/staff')
export class StaffTokenController {
  constructor(private readonly issueStaffToken: IssueStaffToken) {}

  @Post('token')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange an officer key for a staff token',
    description: 'Authenticate with the officer key (`Authorization: Bearer hwo_...`). Any role. Use the token at alerting as `Authorization: Bearer <token>`.',
  })
  @ApiOkResponse({ type: StaffTokenView })
  @ApiUnauthorizedResponse({ description: 'No, unknown or revoked officer key' })
  token(@CurrentOfficer() officer: AuthenticatedOfficer): StaffTokenView {
    return this.issueStaffToken.execute(IssueStaffTokenCommand.create({ actor: officer, correlationId: Correlation.currentOrNew() }));
  }
}
