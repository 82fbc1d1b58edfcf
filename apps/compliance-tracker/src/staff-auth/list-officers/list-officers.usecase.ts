import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OfficerView } from './officer.view';

/** Everyone in the staff directory, by name, with whether they are away now (from officer_leave). */
@Injectable()
export class ListOfficers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<OfficerView[]> {
    return this.dataSource.query(
      `SELECT o.username, o.display_name AS "displayName", o.role, o.disabled_at IS NOT NULL AS disabled,
              EXISTS (SELECT 1 FROM officer_leave l WHERE l.officer_id = o.id AND l.starts_at <= $1 AND l.ends_at > $1 AND l.cancelled_at IS NULL) AS "onLeaveNow"
       FROM officers o
       ORDER BY lower(o.display_name), o.username`,
      [this.clock.now()],
    );
  }
}
