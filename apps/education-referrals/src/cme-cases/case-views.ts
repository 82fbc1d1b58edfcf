import { Clock } from '@homeward/contracts';
import type { StaffIdentity } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Appends who read which CME cases' personal data, in the same transaction as the read: one statement for a list. */
@Injectable()
export class CaseViews {
  constructor(private readonly clock: Clock) {}

  async record(em: EntityManager, staff: StaffIdentity, caseIds: readonly string[]): Promise<void> {
    if (caseIds.length === 0) return;
    await em.query(`INSERT INTO case_views (staff_id, case_id, viewed_at) SELECT $1, unnest($2::uuid[]), $3`, [staff.staffId, [...new Set(caseIds)], this.clock.now()]);
  }
}
