import type { StaffIdentity } from '@homeward/platform';
import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RecordViews } from '../../record-views/record-views';
import type { ChildChangeView } from './merge-children.views';

/** A child's audited corrections and merges, oldest first, including those of records merged into it. What they were is personal data: the read is recorded. */
@Injectable()
export class ListChildChanges {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: RecordViews,
  ) {}

  async execute(query: { staff: StaffIdentity; childId: string }): Promise<ChildChangeView[]> {
    const [child]: { id: string }[] = await this.dataSource.query(`SELECT COALESCE(merged_into, id) AS id FROM children WHERE id = $1`, [query.childId]);
    if (!child) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such child' });
    const changes = await this.dataSource.query<ChildChangeView[]>(
      `SELECT at, actor, action, detail FROM child_changes
        WHERE child_id = $1 OR child_id IN (SELECT id FROM children WHERE merged_into = $1)
        ORDER BY at, id`,
      [child.id],
    );
    await this.views.record(query.staff, [child.id], 'CHANGES');
    return changes;
  }
}
