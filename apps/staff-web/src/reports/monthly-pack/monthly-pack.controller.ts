import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { SessionUser } from '../../auth/session-user';
import { DownloadMonthlyPack } from './download-monthly-pack.usecase';
import { ShowMonthlyPack } from './show-monthly-pack.usecase';

/** The monthly multi-agency meeting's pack: a page to print, and its two tables as CSV. */
@Roles('CMO', 'MANAGER', 'READ_ONLY')
@Controller('reports')
export class MonthlyPackController {
  constructor(
    private readonly showPack: ShowMonthlyPack,
    private readonly downloadPack: DownloadMonthlyPack,
  ) {}

  // Before the page's route, so ".csv" is not read as part of it.
  @Get('monthly-pack.csv')
  async csv(@Query('month') month: unknown, @Query('part') part: unknown, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const file = await this.downloadPack.execute({ user, month, part });
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${file.filename}"`);
    res.send(file.csv);
  }

  @Get('monthly-pack')
  async pack(@Query('month') month: unknown, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const page = await this.showPack.execute({ user, month });
    res.render('reports/views/monthly-pack.njk', { pageTitle: `Monthly meeting pack, ${page.monthLabel}`, ...page });
  }
}
