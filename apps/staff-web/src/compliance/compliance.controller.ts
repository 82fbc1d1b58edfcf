import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import type { SessionUser } from '../auth/session-user';
import { dateInputParams } from '../web/date-input';
import { ShowCompliance } from './show-compliance';

const VIEW = 'compliance/views/compliance.njk';

/** The Safeguarding Board's figures for a period of London dates: any role may read them. */
@Controller('compliance')
export class ComplianceController {
  constructor(private readonly showCompliance: ShowCompliance) {}

  @Get()
  async page(@Query() query: Record<string, unknown>, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const page = await this.showCompliance.execute({ token: user.token, query });
    if (page.redirect) return res.redirect(302, page.redirect);
    const { reading, figures } = page;
    res.status(reading.errors.length > 0 ? 400 : 200).render(VIEW, {
      pageTitle: 'Compliance figures',
      errors: reading.errors,
      from: dateInputParams('from', reading.parts.from, reading.errors, { legend: 'Start date', hint: 'For example, 1 4 2025' }),
      to: dateInputParams('to', reading.parts.to, reading.errors, { legend: 'End date', hint: 'For example, 31 3 2026' }),
      figures,
    });
  }
}
