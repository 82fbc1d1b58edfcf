import { Clock } from '@homeward/contracts';
import type { StaffIdentity } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ViewPurpose } from './child-record-view.entity';

/**
 * Appends who read which children's personal data, before the answer leaves: one statement for a
 * whole list, so a queue page of 100 children costs one insert.
 */
@Injectable()
export class RecordViews {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(staff: StaffIdentity, childIds: readonly string[], purpose: ViewPurpose): Promise<void> {
    if (childIds.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO child_record_views (staff_id, child_id, purpose, viewed_at) SELECT $1, unnest($2::uuid[]), $3, $4`,
      [staff.staffId, [...new Set(childIds)], purpose, this.clock.now()],
    );
  }
}
