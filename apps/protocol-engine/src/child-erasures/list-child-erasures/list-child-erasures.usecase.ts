import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CHILD_ERASURE_COLUMNS, type ChildErasureView } from '../child-erasure.view';

/** The erasure audit, newest first: ids, who, the DPO's reference and counts (no personal data, so the read is not a view of a record). */
@Injectable()
export class ListChildErasures {
  constructor(private readonly dataSource: DataSource) {}

  execute(query: { limit: number }): Promise<ChildErasureView[]> {
    return this.dataSource.query(`SELECT ${CHILD_ERASURE_COLUMNS} FROM child_erasures ORDER BY erased_at DESC, id LIMIT $1`, [query.limit]);
  }
}
