import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import { leaveRow, LeaveRow, namesOf } from '../leave-view';

/** The API's largest page: more leave than this in force or to come is not a team this size. */
const PAGE_SIZE = 200;
const PAST_SHOWN = 20;

export interface LeaveListModel {
  manager: boolean;
  awayNow: LeaveRow[];
  upcoming: LeaveRow[];
  past: LeaveRow[];
}

/** Who is away now and who will be, then the latest ended or cancelled leave: everyone's for a manager, a CMO's own. */
@Injectable()
export class ListLeavePage {
  constructor(private readonly tracker: ComplianceTrackerClient) {}

  async execute(user: SessionUser): Promise<LeaveListModel> {
    const [page, officers] = await Promise.all([this.tracker.leave(user.token, { pageSize: PAGE_SIZE }), this.tracker.officers(user.token)]);
    const rows = page.items.map((l) => leaveRow(l, namesOf(officers)));
    return {
      manager: user.role === 'MANAGER',
      awayNow: rows.filter((r) => r.status === 'IN_PROGRESS'),
      // The API lists latest start first; what comes next reads soonest first.
      upcoming: rows.filter((r) => r.status === 'UPCOMING').reverse(),
      past: rows.filter((r) => r.status === 'ENDED' || r.status === 'CANCELLED').slice(0, PAST_SHOWN),
    };
  }
}
