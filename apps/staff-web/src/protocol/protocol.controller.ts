import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import type { SessionUser } from '../auth/session-user';
import { dateInputParams } from '../web/date-input';
import { RunWhatIfPage } from './run-what-if';
import { ShowVersions } from './show-versions';

/** The protocol's versions (administrators, and managers to read) and what-if runs (administrators, as protocol-engine allows). */
@Controller('protocol')
export class ProtocolController {
  constructor(
    private readonly showVersions: ShowVersions,
    private readonly runWhatIf: RunWhatIfPage,
  ) {}

  @Get()
  @Roles('PROTOCOL_ADMIN', 'MANAGER')
  async versions(@CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    res.render('protocol/views/versions.njk', { pageTitle: 'Protocol versions', ...(await this.showVersions.execute(user)) });
  }

  @Get('what-if')
  @Roles('PROTOCOL_ADMIN')
  async whatIf(@Query() query: Record<string, unknown>, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const page = await this.runWhatIf.execute({ user, query });
    if (page.redirect) return res.redirect(302, page.redirect);
    res.status(page.errors.length > 0 ? 400 : 200).render('protocol/views/what-if.njk', {
      pageTitle: 'Try a version on past notifications',
      ...page,
      from: dateInputParams('from', page.reading.parts.from, page.errors, { legend: 'Start date', hint: 'For example, 1 10 2026' }),
      to: dateInputParams('to', page.reading.parts.to, page.errors, { legend: 'End date', hint: 'For example, 31 12 2026' }),
    });
  }
}
