import { Clock } from '@homeward/contracts';
import type { StaffIdentity } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RecordViews } from '../../record-views/record-views';
import { type HotspotRow, packChildren, type PackEpisodeRow, type PackReasonRow, withChange } from '../monthly-pack';
import type { PackMonth } from '../pack-month';
import type { MonthlyPackView } from '../monthly-pack.views';
import { HOTSPOTS_SQL } from './hotspots.query';
import { PACK_EPISODES_SQL, PACK_REASONS_SQL } from './pack-children.query';

export interface GetMonthlyPackQuery {
  staff: StaffIdentity;
  month: PackMonth;
}

/**
 * The monthly multi-agency meeting's pack: the children meeting its criteria in the month with
 * their episodes, and the places children were last seen or found repeatedly. Every child named,
 * in either part, is recorded as viewed (REPORT) before the answer leaves.
 */
@Injectable()
export class GetMonthlyPack {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: RecordViews,
    private readonly clock: Clock,
  ) {}

  async execute({ staff, month }: GetMonthlyPackQuery): Promise<MonthlyPackView> {
    const reasons: PackReasonRow[] = await this.dataSource.query(PACK_REASONS_SQL, [month.start, month.end]);
    const childIds = [...new Set(reasons.map((r) => r.childId))];
    const episodes: PackEpisodeRow[] = childIds.length ? await this.dataSource.query(PACK_EPISODES_SQL, [month.start, month.end, childIds]) : [];
    const hotspots = withChange(await this.dataSource.query<HotspotRow[]>(HOTSPOTS_SQL, [month.previousStart, month.start, month.end]));
    await this.views.record(staff, [...new Set([...childIds, ...hotspots.flatMap((h) => h.children.map((c) => c.childId))])], 'REPORT');
    return { month: month.month, previousMonth: month.previousMonth, asOf: this.clock.now(), children: packChildren(reasons, episodes), hotspots };
  }
}
