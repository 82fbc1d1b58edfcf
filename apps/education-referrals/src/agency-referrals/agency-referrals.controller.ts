import { CurrentStaff, Roles, StaffEndpoint, type StaffIdentity } from '@homeward/platform';
import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AgencyReferralDto } from './agency-referral.dto';
import { RecordAgencyReferral } from './record-agency-referral';

@ApiTags('cme-referrals')
@StaffEndpoint()
@Controller('v1/cme-referrals')
export class AgencyReferralsController {
  constructor(private readonly record: RecordAgencyReferral) {}

  @Post()
  @HttpCode(201)
  @Roles('CMO', 'MANAGER')
  @ApiResponse({ status: 201, description: "Recorded: `{ caseId, caseReference }`, the child's CME case it opened or joined" })
  @ApiOkResponse({ description: 'The same referralId again: the first answer' })
  @ApiBadRequestResponse({ description: '`problems` names each field and the reason; nothing stored' })
  @ApiConflictResponse({ description: 'referralId already used for a different referral' })
  async post(@Body() body: AgencyReferralDto, @CurrentStaff() staff: StaffIdentity, @Res({ passthrough: true }) res: Response): Promise<{ caseId: string; caseReference: string }> {
    const result = await this.record.execute({ staff, referral: body });
    if (!result.created) res.status(200);
    return { caseId: result.caseId, caseReference: result.caseReference };
  }
}
