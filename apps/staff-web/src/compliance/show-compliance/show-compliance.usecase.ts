import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import { addToDate, isoDate, londonToday } from '../../web/london-calendar';
import { DatePeriod, PeriodReading, periodQuery, readPeriod } from '../../web/period-input';
import { complianceModel, CompliancePageModel } from '../compliance-page';

export interface ShowComplianceInput {
  token: string;
  query: Record<string, unknown>;
}

/** Either the page (the period as read, the figures when it is good), or where the date inputs' answer lives. */
export interface CompliancePage {
  redirect?: string;
  reading: PeriodReading;
  figures?: CompliancePageModel;
}

/** The last 12 full London months and this one so far: what a Board meeting usually reads. */
export function defaultCompliancePeriod(now: Date): DatePeriod {
  const today = londonToday(now);
  return { from: addToDate({ ...today, day: 1 }, { months: -12 }), to: today };
}

/** The figures page for the period asked: the date inputs read, then compliance-tracker's figures for it. */
@Injectable()
export class ShowCompliance {
  constructor(
    private readonly tracker: ComplianceTrackerClient,
    private readonly clock: Clock,
  ) {}

  async execute(input: ShowComplianceInput): Promise<CompliancePage> {
    const reading = readPeriod(input.query, {
      defaultPeriod: defaultCompliancePeriod(this.clock.now()),
      maxYears: 3,
      maxText: 'The period must be 3 years or shorter',
    });
    if (!reading.period) return { reading };
    if (reading.fromForm) return { reading, redirect: `/compliance?${periodQuery(reading.period)}` };
    const figures = await this.tracker.complianceFigures(input.token, { from: isoDate(reading.period.from), to: isoDate(reading.period.to) });
    return { reading, figures: complianceModel(figures, reading.period) };
  }
}
