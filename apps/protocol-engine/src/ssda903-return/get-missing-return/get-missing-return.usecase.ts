import { Clock, type RiskLevel } from '@homeward/contracts';
import { type StaffIdentity, validationFailed } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProtocolEngineConfig } from '../../protocol-engine.config';
import { RecordViews } from '../../record-views/record-views';
import type { AbsenceKind } from '../absence-kind';
import { collectionYear, FIRST_COLLECTION_YEAR, LAST_COLLECTION_YEAR } from '../collection-year';
import { missingRowsFor, type ReturnEpisode } from '../missing-rows';
import { checkMissingTable, MISSING_RULES } from '../missing-rules';
import type { MissingReturnView } from '../ssda903-return.views';
import { RETURN_EPISODES_SQL } from './return-episodes.query';

export interface GetMissingReturnQuery {
  staff: StaffIdentity;
  year: number;
}

/** `?year=` as a collection year: a 400 naming the field otherwise. */
export function missingReturnYear(text: unknown): number {
  const year = typeof text === 'string' && /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= FIRST_COLLECTION_YEAR && year <= LAST_COLLECTION_YEAR)) {
    throw validationFailed([{ field: 'year', reason: `year must be the collection year's first year, ${FIRST_COLLECTION_YEAR}-${LAST_COLLECTION_YEAR} (2026: 1 April 2026 to 31 March 2027)` }]);
  }
  return year;
}

interface EpisodeRow extends Omit<ReturnEpisode, 'kindSet'> {
  gradings: RiskLevel[];
  kind: AbsenceKind | null;
  setBy: string | null;
  setAt: Date | null;
}

/**
 * The SSDA903 Missing table of a collection year: its rows (with which M/A are defaulted), and
 * every failure of the DfE's checks and ours, each naming its episode. Last year's table is built
 * the same way for check 576. Each child in it is recorded as viewed (REPORT) before the answer leaves.
 */
@Injectable()
export class GetMissingReturn {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: RecordViews,
    private readonly config: ProtocolEngineConfig,
    private readonly clock: Clock,
  ) {}

  async execute(query: GetMissingReturnQuery): Promise<MissingReturnView> {
    const year = collectionYear(query.year);
    const lastYear = collectionYear(query.year - 1);
    // A day either side of the two years covers every London offset; missingRowsFor keeps the exact dates.
    const from = new Date(Date.parse(`${lastYear.start}T00:00:00Z`) - 86_400_000);
    const to = new Date(Date.parse(`${year.end}T00:00:00Z`) + 2 * 86_400_000);
    const found: EpisodeRow[] = await this.dataSource.query(RETURN_EPISODES_SQL, [this.config.homeAuthorityCode, from, to]);
    const episodes: ReturnEpisode[] = found.map(({ kind, setBy, setAt, ...e }) => ({ ...e, kindSet: kind && setBy && setAt ? { kind, setBy, setAt } : null }));
    const rows = missingRowsFor(episodes, year);
    const failures = checkMissingTable(
      rows.map((r) => r.row),
      { year, lastYear: missingRowsFor(episodes, lastYear).map((r) => r.row) },
    ).map(({ index, ...f }) => ({ ...f, episodeId: rows[index].episodeId, policeReference: rows[index].policeReference, childId: rows[index].childId }));
    await this.views.record(query.staff, rows.map((r) => r.childId), 'REPORT');
    return {
      year: year.year,
      collectionStart: year.start,
      collectionEnd: year.end,
      asOf: this.clock.now(),
      valid: failures.length === 0,
      summary: {
        rows: rows.length,
        children: new Set(rows.map((r) => r.childId)).size,
        missing: rows.filter((r) => r.kind === 'M').length,
        away: rows.filter((r) => r.kind === 'A').length,
        defaulted: rows.filter((r) => r.defaulted).length,
        openAtYearEnd: rows.filter((r) => r.row.MIS_END === null).length,
        failures: failures.length,
      },
      failures,
      rows: rows.map(({ kind: _kind, row, ...r }) => ({ ...r, row: { ...row, MISSING: row.MISSING ?? '' } })),
      rulesChecked: MISSING_RULES.map(({ code, message, source }) => ({ code, message, source })),
    };
  }
}
