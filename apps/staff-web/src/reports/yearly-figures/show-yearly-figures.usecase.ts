import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import { EducationReferralsClient } from '../../data/education-referrals.client';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import { chosenYear, yearLabel, yearsOffered } from '../ssda903-year';
import { type BoardFigure, yearlyFiguresModel } from './yearly-figures-page';

export interface YearlyFiguresPage {
  year: number;
  yearLabel: string;
  asOf: string;
  years: { value: number; text: string; selected: boolean }[];
  figures: BoardFigure[];
}

/**
 * The board's figures for a financial year (the 903's year, 1 April to 31 March): counts from
 * protocol-engine, RHI compliance (ours and placed here) from compliance-tracker, CME referrals
 * from education-referrals, asked together. Counts only: no child's record is read, so none is recorded.
 */
@Injectable()
export class ShowYearlyFigures {
  constructor(
    private readonly protocolEngine: ProtocolEngineClient,
    private readonly tracker: ComplianceTrackerClient,
    private readonly education: EducationReferralsClient,
    private readonly clock: Clock,
  ) {}

  async execute(input: { user: SessionUser; year: unknown }): Promise<YearlyFiguresPage> {
    const now = this.clock.now();
    const year = chosenYear(input.year, now);
    const period = { from: `${year}-04-01`, to: `${year + 1}-03-31` };
    const counts = await this.protocolEngine.yearlyFigures(input.user.token, year);
    const [compliance, cme] = await Promise.all([
      this.tracker.complianceFiguresByResponsibility(input.user.token, { ...period, homeAuthority: counts.homeAuthority }),
      this.education.cmeFigures(input.user.token, period),
    ]);
    const text = `1 April ${year} to 31 March ${year + 1}`;
    return {
      year,
      yearLabel: yearLabel(year),
      asOf: counts.asOf,
      years: yearsOffered(now).map((y) => ({ value: y, text: yearLabel(y), selected: y === year })),
      figures: yearlyFiguresModel({ counts, compliance, cme }, text),
    };
  }
}
