import type { StaffIdentity } from '@homeward/platform';
import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Child } from '../../children/child.entity';
import { RecordViews } from '../../record-views/record-views';
import { placementNoticesOf } from '../placement-notices-on-record';
import { toPlacementNoticeView, type PlacementNoticeView } from './placement-notice.view';

/** A child's placement notices, newest first; the read is recorded as a view of the child's record. */
@Injectable()
export class ListPlacementNotices {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: RecordViews,
  ) {}

  async execute(query: { staff: StaffIdentity; childId: string }): Promise<PlacementNoticeView[]> {
    if (!(await this.dataSource.getRepository(Child).exists({ where: { id: query.childId } }))) {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such child' });
    }
    const notices = await placementNoticesOf(this.dataSource.manager, [query.childId]);
    await this.views.record(query.staff, [query.childId], 'RECORD');
    return notices.map(toPlacementNoticeView);
  }
}
