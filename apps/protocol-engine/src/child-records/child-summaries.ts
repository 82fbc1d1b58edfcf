import { Clock } from '@homeward/contracts';
import { londonCalendarDate } from '@homeward/deadlines';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ActiveProtocol } from '../protocol-versions/active-protocol';
import type { ChildSummaryView } from './child-record.views';
import { childSummary, type ChildRow, type EpisodeRow } from './child-summary';

/** Reads children and their episodes in two statements, whatever the number of children. */
@Injectable()
export class ChildSummaries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly protocol: ActiveProtocol,
    private readonly clock: Clock,
  ) {}

  /** Summaries in the order of `ids`; ids of no known child are left out. */
  async of(ids: readonly string[]): Promise<ChildSummaryView[]> {
    const { children, episodes } = await this.read(ids);
    const now = this.clock.now();
    const { profile } = await this.protocol.at(now);
    const today = londonCalendarDate(now);
    return children.map((c) => childSummary(c, episodes.filter((e) => e.childId === c.id), profile, today));
  }

  /**
   * The rows behind summaries: children in the order of `ids`, episodes newest first. A merged
   * record's id reads as the record it was merged into, listed once.
   */
  async read(ids: readonly string[]): Promise<{ children: ChildRow[]; episodes: EpisodeRow[] }> {
    if (ids.length === 0) return { children: [], episodes: [] };
    const rows = await this.dataSource.query<(ChildRow & { askedId: string })[]>(
      `SELECT asked.id AS "askedId", c.id, c.given_name AS "givenName", c.family_name AS "familyName", c.date_of_birth::text AS "dateOfBirth",
              c.gender, c.local_authority_id AS "localAuthorityId", c.erased_at AS "erasedAt", w.staff_id AS "allocatedWorker"
         FROM children asked JOIN children c ON c.id = COALESCE(asked.merged_into, asked.id)
         LEFT JOIN allocated_workers w ON w.child_id = c.id
        WHERE asked.id = ANY($1::uuid[])`,
      [ids],
    );
    const episodes = await this.dataSource.query<EpisodeRow[]>(
      `SELECT e.id, e.child_id AS "childId", e.force, e.police_reference AS "policeReference",
              e.missing_since AS "missingSince", e.found_at AS "foundAt", e.risk_level AS "riskLevel",
              e.vulnerabilities, e.care_status AS "careStatus", e.responsible_authority AS "responsibleAuthority",
              e.missing_from AS "missingFrom", d.effective_risk AS "decidedRisk",
              e.withdrawn_at AS "withdrawnAt", e.withdrawn_reason AS "withdrawnReason"
         FROM episodes e
         LEFT JOIN LATERAL (
           SELECT effective_risk FROM decisions WHERE child_id = e.child_id AND episode_id = e.id ORDER BY seq DESC LIMIT 1
         ) d ON true
        WHERE e.child_id = ANY($1::uuid[])
        ORDER BY COALESCE(e.missing_since, e.found_at) DESC, e.id`,
      [[...new Set(rows.map((r) => r.id))]],
    );
    const byId = new Map(rows.map(({ askedId, ...child }) => [askedId, child]));
    const found = [...new Set(ids)].map((id) => byId.get(id)).filter((c): c is ChildRow => c !== undefined);
    const children = [...new Map(found.map((c) => [c.id, c])).values()];
    return { children, episodes };
  }
}
