import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import type { SessionUser } from '../auth/session-user';
import { cmeCaseIdPipe } from './cme-case-id.pipe';
import { cmeListOf } from './cme-lists';
import { ShowCmeCase } from './show-cme-case';
import { ShowCmeCases } from './show-cme-cases';

/**
 * Children missing education: the CME lists and a case. Casework staff only (the pages are the
 * child's personal data; education-referrals records each read). Nothing is kept here.
 */
@Roles('CMO', 'MANAGER', 'READ_ONLY')
@Controller('cme')
export class CmeCasesController {
  constructor(
    private readonly showCases: ShowCmeCases,
    private readonly showCase: ShowCmeCase,
  ) {}

  @Get()
  async list(@Query('view') view: unknown, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const page = await this.showCases.execute({ user, list: cmeListOf(view) });
    res.render('cme/views/list.njk', { pageTitle: 'Children missing education', ...page });
  }

  @Get(':id')
  async one(@Param('id', cmeCaseIdPipe) caseId: string, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const page = await this.showCase.execute({ user, caseId });
    res.render('cme/views/case.njk', { pageTitle: `${page.pupil.name} – CME case ${page.reference}`, ...page });
  }
}
