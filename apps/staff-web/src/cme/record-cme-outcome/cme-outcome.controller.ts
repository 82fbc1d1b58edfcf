import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { SessionUser } from '../../auth/session-user';
import { flash } from '../../web/flash';
import { cmeCaseIdPipe } from '../cme-case-id.pipe';
import { cmeCaseHref } from '../cme-lists';
import { RecordCmeOutcome, ShowCmeOutcomeForm } from './record-cme-outcome.usecase';

const VIEW = 'cme/views/outcome.njk';

/** GET and POST /cme/{id}/outcome: how the case ended; it closes. Those who do the work only (CMO, MANAGER). */
@Roles('CMO', 'MANAGER')
@Controller('cme/:id/outcome')
export class CmeOutcomeController {
  constructor(
    private readonly showForm: ShowCmeOutcomeForm,
    private readonly recordOutcome: RecordCmeOutcome,
  ) {}

  @Get()
  async form(@Param('id', cmeCaseIdPipe) caseId: string, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    res.render(VIEW, await this.showForm.execute({ user, caseId }));
  }

  @Post()
  async record(@Param('id', cmeCaseIdPipe) caseId: string, @Body() body: Record<string, unknown>, @CurrentUser() user: SessionUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    const result = await this.recordOutcome.execute({ user, caseId, body });
    if (result.recorded || result.closed) {
      flash(req, result.notification);
      return res.redirect(303, cmeCaseHref(caseId));
    }
    res.status(400).render(VIEW, await this.showForm.execute({ user, caseId, answers: result.answers, errors: result.errors }));
  }
}
