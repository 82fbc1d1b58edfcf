import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { SessionUser } from '../../auth/session-user';
import { DownloadWeeklyLookedAfter, ShowWeeklyLookedAfter } from './show-weekly-looked-after';

/** The weekly looked-after children's missing report, for senior managers and the Director: the page (printable) and its CSV. */
@Roles('CMO', 'MANAGER', 'READ_ONLY')
@Controller('reports')
export class WeeklyLookedAfterController {
  constructor(
    private readonly show: ShowWeeklyLookedAfter,
    private readonly download: DownloadWeeklyLookedAfter,
  ) {}

  // Before the page's route, so ".csv" is not read as part of it.
  @Get('weekly-looked-after.csv')
  async csv(@Query('week') week: unknown, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const file = await this.download.execute({ user, week });
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${file.filename}"`);
    res.send(file.csv);
  }

  @Get('weekly-looked-after')
  async page(@Query('week') week: unknown, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const page = await this.show.execute({ user, week });
    res.render('reports/weekly-looked-after/views/weekly-looked-after.njk', { pageTitle: `Looked-after children missing: week of ${page.weekLabel}`, ...page });
  }
}
