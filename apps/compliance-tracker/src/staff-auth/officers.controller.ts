import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { StaffAuthGuard } from './authenticate-officer';
import { EscalationLadder, LadderRungView } from './escalation-ladder';
import { ListOfficers, OfficerView } from './list-officers';

@ApiTags('staff')
@ApiBearerAuth()
@UseGuards(StaffAuthGuard)
@Controller('v1/officers')
export class OfficersController {
  constructor(
    private readonly listOfficers: ListOfficers,
    private readonly escalationLadder: EscalationLadder,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The staff directory', description: 'Everyone, by name, with their role, whether they are disabled and whether they are on leave now. Any role.' })
  @ApiOkResponse({ type: OfficerView, isArray: true })
  @ApiUnauthorizedResponse({ description: 'No valid officer key or staff token' })
  list(): Promise<OfficerView[]> {
    return this.listOfficers.execute();
  }

  @Get('escalation-ladder')
  @ApiOperation({
    summary: 'Who escalations name',
    description: 'The team manager and the service manager (set with the officers CLI, `--ladder-role`), whether each is on leave now and their cover. Any role.',
  })
  @ApiOkResponse({ type: LadderRungView, isArray: true })
  @ApiUnauthorizedResponse({ description: 'No valid officer key or staff token' })
  ladder(): Promise<LadderRungView[]> {
    return this.escalationLadder.execute();
  }
}
