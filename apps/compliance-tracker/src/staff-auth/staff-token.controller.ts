import { Correlation } from '@homeward/platform';
import { Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AuthenticatedOfficer, CurrentOfficer, StaffAuthGuard } from './authenticate-officer';
import { IssueStaffToken, IssueStaffTokenCommand, StaffTokenView } from './issue-staff-token';

/** The staff directory: an officer key or a current staff token buys a fresh staff token. */
@ApiTags('staff')
@ApiBearerAuth()
@UseGuards(StaffAuthGuard)
@Controller('v1/staff')
export class StaffTokenController {
  constructor(private readonly issueStaffToken: IssueStaffToken) {}

  @Post('token')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A fresh staff token, for an officer key or a current staff token',
    description:
      'Authenticate with the officer key (`Authorization: Bearer hwo_...`) or a staff token that has not expired (staff-web refreshes this way when less than 5 minutes remain). Any role; the new token carries the officer\'s current role.',
  })
  @ApiOkResponse({ type: StaffTokenView })
  @ApiUnauthorizedResponse({ description: 'No, unknown or revoked key; an expired or invalid token; a disabled officer' })
  token(@CurrentOfficer() officer: AuthenticatedOfficer): StaffTokenView {
    return this.issueStaffToken.execute(IssueStaffTokenCommand.create({ actor: officer, correlationId: Correlation.currentOrNew() }));
  }
}
