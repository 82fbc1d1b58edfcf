import { CurrentStaff, Roles, StaffEndpoint, type StaffIdentity } from '@homeward/platform';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GetMonthlyPack } from './get-monthly-pack';
import { MonthlyPackQuery, MonthlyPackView } from './monthly-pack.views';
import { packMonth } from './pack-month';

/** The monthly multi-agency meeting's pack: its children and the month's hotspots. */
@ApiTags('reports')
@StaffEndpoint()
@Controller('v1/reports')
export class MonthlyPackController {
  constructor(private readonly getMonthlyPack: GetMonthlyPack) {}

  @Get('monthly-pack')
  @Roles('CMO', 'MANAGER', 'READ_ONLY')
  @ApiOkResponse({ type: MonthlyPackView, description: "The month's children meeting the persistent, high-risk or CSE criteria with their episodes, and hotspots with the change since the month before (CMO, MANAGER or READ_ONLY; each child read is recorded)" })
  @ApiBadRequestResponse({ description: 'problems: month is not YYYY-MM' })
  pack(@Query() query: MonthlyPackQuery, @CurrentStaff() staff: StaffIdentity): Promise<MonthlyPackView> {
    return this.getMonthlyPack.execute({ staff, month: packMonth(query.month) });
  }
}
