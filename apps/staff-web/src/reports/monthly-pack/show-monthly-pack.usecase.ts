import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import type { TaskView } from '../../data/compliance-tracker.types';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import type { Hotspot, MonthlyPack, PackChild } from '../../data/protocol-engine.types';
import { chosenMonth, monthLabel, monthsOffered } from './pack-month-choice';

export interface MonthlyPackPage {
  month: string;
  monthLabel: string;
  previousMonthLabel: string;
  months: { value: string; text: string; selected: boolean }[];
  pack: MonthlyPack;
  children: (PackChild & { openActions: TaskView[] })[];
  counts: { children: number; monthlyMeeting: number; cseMeeting: number; highRisk: number; hotspots: number; overdue: number };
  byDistrict: Hotspot[];
  byPlace: Hotspot[];
  overdue: TaskView[];
  overdueTotal: number;
  childNames: Record<string, string>;
}

/** At most this many overdue actions are listed; the page gives the total and links to the queue for the rest. */
const OVERDUE_SHOWN = 100;

/**
 * The pack for the chosen month: protocol-engine's children and hotspots (each child read is
 * recorded there), with compliance-tracker's open actions for each child and the overdue actions now.
 */
@Injectable()
export class ShowMonthlyPack {
  constructor(
    private readonly protocolEngine: ProtocolEngineClient,
    private readonly complianceTracker: ComplianceTrackerClient,
    private readonly clock: Clock,
  ) {}

  async execute(input: { user: SessionUser; month: unknown }): Promise<MonthlyPackPage> {
    const now = this.clock.now();
    const month = chosenMonth(input.month, now);
    const { token } = input.user;
    const pack = await this.protocolEngine.monthlyPack(token, month);
    const [openActions, overdue] = await Promise.all([
      Promise.all(pack.children.map((c) => this.complianceTracker.tasks(token, { childId: c.childId, open: true, sort: 'dueAt', pageSize: 100 }))),
      this.complianceTracker.tasks(token, { overdue: true, sort: 'dueAt', pageSize: OVERDUE_SHOWN }),
    ]);
    const has = (criterion: string) => pack.children.filter((c) => c.reasons.some((r) => r.criterion === criterion)).length;
    return {
      month,
      monthLabel: monthLabel(month),
      previousMonthLabel: monthLabel(pack.previousMonth),
      months: monthsOffered(now).map((m) => ({ value: m, text: monthLabel(m), selected: m === month })),
      pack,
      children: pack.children.map((c, i) => ({ ...c, openActions: openActions[i].items })),
      counts: { children: pack.children.length, monthlyMeeting: has('MONTHLY_MEETING'), cseMeeting: has('CSE_MEETING'), highRisk: has('HIGH_RISK'), hotspots: pack.hotspots.length, overdue: overdue.total },
      byDistrict: pack.hotspots.filter((h) => h.by === 'POSTCODE_DISTRICT'),
      byPlace: pack.hotspots.filter((h) => h.by === 'PLACE'),
      overdue: overdue.items,
      overdueTotal: overdue.total,
      childNames: Object.fromEntries(pack.children.map((c) => [c.childId, `${c.givenName} ${c.familyName}`])),
    };
  }
}
