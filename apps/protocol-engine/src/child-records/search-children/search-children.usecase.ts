import type { StaffIdentity } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RecordViews } from '../../record-views/record-views';
import type { ChildSummaryView } from '../child-record.views';
import { ChildSummaries } from '../child-summaries';
import { parseChildSearch, prefixPattern } from './child-search';

export interface SearchChildrenQuery {
  staff: StaffIdentity;
  q: string;
}

const LIMIT = 50;

/**
 * Children matching a police reference or LA id exactly, a date of birth, or every word as a
 * name prefix. Each key is its own indexed branch; exact keys rank first, then by name.
 */
@Injectable()
export class SearchChildren {
  constructor(
    private readonly dataSource: DataSource,
    private readonly summaries: ChildSummaries,
    private readonly views: RecordViews,
  ) {}

  async execute(query: SearchChildrenQuery): Promise<ChildSummaryView[]> {
    const search = parseChildSearch(query.q);
    const params: unknown[] = [search.exact, search.dateOfBirth];
    const nameConditions = search.words.map((w) => {
      params.push(prefixPattern(w));
      const p = `$${params.length}`;
      return `(lower(given_name) LIKE ${p} ESCAPE '\\' OR lower(family_name) LIKE ${p} ESCAPE '\\')`;
    });
    const byName = nameConditions.length > 0 ? `UNION ALL SELECT id, 2 FROM children WHERE ${nameConditions.join(' AND ')}` : '';
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT c.id FROM (
           SELECT id, 0 AS rank FROM children WHERE local_authority_id = $1
           UNION ALL SELECT child_id, 0 FROM episodes WHERE police_reference = $1
           UNION ALL SELECT id, 1 FROM children WHERE date_of_birth = $2::date
           ${byName}
         ) m JOIN children c ON c.id = m.id
        GROUP BY c.id
        ORDER BY min(m.rank), lower(c.family_name), lower(c.given_name), c.id
        LIMIT ${LIMIT}`,
      params,
    );
    const children = await this.summaries.of(rows.map((r) => r.id));
    await this.views.record(query.staff, children.map((c) => c.id), 'SEARCH');
    return children;
  }
}
