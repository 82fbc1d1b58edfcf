import { Body, Controller, Get, Param, ParseUUIDPipe, NotFoundException, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import type { SessionUser } from '../auth/session-user';
import { flash } from '../web/flash';
import { REPORTS } from './report-index/report-index';
import { SetAbsenceKind } from './set-absence-kind';
import { DownloadSsda903Missing, KIND_TEXT, ShowSsda903Missing } from './show-ssda903-missing';

const episodeIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException() });
const pageHref = (year: number) => `/reports/ssda903-missing?year=${year}`;

/** The reports managers take to the DfE and the board: the SSDA903 Missing return first. */
@Roles('CMO', 'MANAGER', 'READ_ONLY')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly showMissing: ShowSsda903Missing,
    private readonly downloadMissing: DownloadSsda903Missing,
    private readonly setKind: SetAbsenceKind,
  ) {}

  @Get()
  index(@Res() res: Response): void {
    res.render('reports/views/reports.njk', { pageTitle: 'Reports', reports: REPORTS });
  }

  // Before the page's route, so ".csv" is not read as part of it.
  @Get('ssda903-missing.csv')
  async csv(@Query('year') year: unknown, @CurrentUser() user: SessionUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    const file = await this.downloadMissing.execute({ user, year });
    if ('refused' in file) {
      flash(req, { type: 'important', heading: 'The file is not ready', text: 'The return fails checks: fix the episodes listed, then download it.' });
      return res.redirect(303, pageHref(file.year));
    }
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${file.filename}"`);
    res.send(file.csv);
  }

  @Get('ssda903-missing')
  async missing(@Query('year') year: unknown, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const page = await this.showMissing.execute({ user, year });
    res.render('reports/views/ssda903-missing.njk', { pageTitle: `SSDA903 Missing return ${page.yearLabel}`, ...page });
  }

  @Post('ssda903-missing/episodes/:episodeId/kind')
  @Roles('CMO', 'MANAGER')
  async kind(
    @Param('episodeId', episodeIdPipe) episodeId: string,
    @Body() body: Record<string, unknown>,
    @CurrentUser() user: SessionUser,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const outcome = await this.setKind.execute({ user, episodeId, body });
    const reference = typeof body.policeReference === 'string' ? body.policeReference.slice(0, 40) : 'the episode';
    if (outcome.set) flash(req, { heading: `Episode ${reference} is now “${KIND_TEXT[outcome.kind].toLowerCase()}” (${outcome.kind})`, text: 'It is no longer the default from the police grading.' });
    else if (outcome.reason === 'NO_EPISODE') flash(req, { type: 'important', heading: 'That episode is no longer known', text: 'It may have been withdrawn by the police.' });
    else flash(req, { type: 'important', heading: 'Choose missing (M) or away without authorisation (A)', text: `Nothing was changed for ${reference}.` });
    res.redirect(303, `${pageHref(outcome.year)}#episode-${episodeId}`);
  }
}
