import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { SessionUser } from '../../auth/session-user';
import { DownloadYearlyFigures, ShowYearlyFigures } from '.';

/** The yearly and board figures: the page (printable as it is) and its CSV. */
@Roles('CMO', 'MANAGER', 'READ_ONLY')
@Controller('reports')
export class YearlyFiguresController {
  constructor(
    private readonly show: ShowYearlyFigures,
    private readonly download: DownloadYearlyFigures,
  ) {}

  // Before the page's route, so ".csv" is not read as part of it.
  @Get('yearly-figures.csv')
  async csv(@Query('year') year: unknown, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const file = await this.download.execute({ user, year });
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${file.filename}"`);
    res.send(file.csv);
  }

  @Get('yearly-figures')
  async page(@Query('year') year: unknown, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const page = await this.show.execute({ user, year });
    res.render('reports/yearly-figures/views/yearly-figures.njk', { pageTitle: `Yearly and board figures ${page.yearLabel}`, ...page, downloadHref: `/reports/yearly-figures.csv?year=${page.year}` });
  }
}
