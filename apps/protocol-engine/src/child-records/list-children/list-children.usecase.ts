import type { StaffIdentity } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { RecordViews } from '../../record-views/record-views';
import type { ChildSummaryView } from '../child-record.views';
import { ChildSummaries } from '../child-summaries';

export interface ListChildrenQuery {
  staff: StaffIdentity;
  ids: string[];
  /** A queue page (LIST) or a task page (TASK). */
  purpose: 'LIST' | 'TASK';
}

/** The children behind a page of tasks, in one call; each view recorded before the answer leaves. */
@Injectable()
export class ListChildren {
  constructor(
    private readonly summaries: ChildSummaries,
    private readonly views: RecordViews,
  ) {}

  async execute(query: ListChildrenQuery): Promise<ChildSummaryView[]> {
    const children = await this.summaries.of(query.ids);
    await this.views.record(query.staff, children.map((c) => c.id), query.purpose);
    return children;
  }
}
