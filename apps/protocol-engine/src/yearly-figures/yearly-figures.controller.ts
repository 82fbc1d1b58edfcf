import { Roles, StaffEndpoint } from '@homeward/platform';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { missingReturnYear } from '../ssda903-return/get-missing-return';
import { GetYearlyFigures } from './get-yearly-figures';
import { YearlyFiguresQuery, YearlyFiguresView } from './yearly-figures.views';

/** The board's yearly figures: counts only, so no child read is recorded. */
@ApiTags('reports')
@StaffEndpoint()
@Controller('v1/reports')
export class YearlyFiguresController {
  constructor(private readonly getYearlyFigures: GetYearlyFigures) {}

  @Get('yearly-figures')
  @Roles('CMO', 'MANAGER', 'READ_ONLY')
  @ApiOkResponse({ type: YearlyFiguresView, description: 'Notifications, episodes, children and repeat missing in the financial year, by London month and by force (CMO, MANAGER or READ_ONLY)' })
  @ApiBadRequestResponse({ description: 'problems: year is not a financial year' })
  get(@Query() query: YearlyFiguresQuery): Promise<YearlyFiguresView> {
    return this.getYearlyFigures.execute({ year: missingReturnYear(query.year) });
  }
}
