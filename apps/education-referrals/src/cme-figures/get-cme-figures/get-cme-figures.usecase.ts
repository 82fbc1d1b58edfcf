import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { validationFailed } from '@homeward/platform';
import { SchoolCalendar, type Term, TermDatesError } from '../../school-calendar';
import type { CmeFiguresView, CountView, TermCensusView } from '../cme-figures.views';
import { daysBetween, median } from '../figures-rules';

type Counted = { key: string; count: number }[];

/** A period ending in a year the term dates do not cover has no census terms: the asker's mistake, not ours. */
function termsOrRefusal(calendar: SchoolCalendar, to: string): readonly Term[] {
  try {
    return calendar.termsOf(to);
  } catch (error) {
    if (error instanceof TermDatesError) throw validationFailed([{ field: 'to', reason: error.message }]);
    throw error;
  }
}

/** The CME figures for a period: referrals, resolutions, who is missing now, and the termly census counts. */
@Injectable()
export class GetCmeFigures {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: SchoolCalendar,
  ) {}

  async execute(query: { from: string; to: string }): Promise<CmeFiguresView> {
    const { from, to } = query;
    const terms = termsOrRefusal(this.calendar, to);
    // Periods are London dates: a case opened at 00:30 BST on the 1st belongs to the 1st.
    const inPeriod = (column: string) => `(${column} AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2`;
    const counts = (sql: string): Promise<CountView[]> => this.dataSource.query<Counted>(sql, [from, to]).then((rows) => rows.map((r) => ({ key: r.key, count: Number(r.count) })));
    const referralsBySource = await counts(`SELECT source AS key, count(*) AS count FROM cme_cases WHERE ${inPeriod('opened_at')} GROUP BY 1 ORDER BY 2 DESC, 1`);
    const referralsByReason = await counts(`
      SELECT key, count(*) AS count FROM (
        SELECT CASE kind WHEN 'DELETION' THEN body->'ground'->>'reason' ELSE kind || '_NOTICE' END AS key FROM school_returns WHERE kind <> 'ADMISSION' AND ${inPeriod('received_at')}
        UNION ALL SELECT source FROM agency_referrals WHERE ${inPeriod('received_at')}
      ) r GROUP BY 1 ORDER BY 2 DESC, 1`);
    const resolvedByOutcome = await counts(`SELECT outcome AS key, count(*) AS count FROM cme_cases WHERE status = 'CLOSED' AND ${inPeriod('closed_at')} GROUP BY 1 ORDER BY 2 DESC, 1`);
    const closed = await this.dataSource.query<{ school_days_missing: number; opened: string; resolved: string }[]>(
      `SELECT school_days_missing, to_char((opened_at AT TIME ZONE 'Europe/London')::date, 'YYYY-MM-DD') AS opened, to_char(resolved_on, 'YYYY-MM-DD') AS resolved
         FROM cme_cases WHERE status = 'CLOSED' AND ${inPeriod('closed_at')}`,
      [from, to],
    );
    const [now] = await this.dataSource.query<{ open: string; lost: string }[]>(
      `SELECT count(*) FILTER (WHERE status = 'OPEN') AS open, count(*) FILTER (WHERE outcome = 'WHEREABOUTS_UNKNOWN') AS lost FROM cme_cases`,
    );
    return {
      from,
      to,
      referrals: referralsBySource.reduce((n, c) => n + c.count, 0),
      referralsBySource,
      referralsByReason,
      resolved: closed.length,
      resolvedByOutcome,
      medianSchoolDaysMissing: median(closed.map((c) => c.school_days_missing)),
      medianDaysToResolution: median(closed.map((c) => daysBetween(c.opened, c.resolved))),
      currentlyMissingEducation: Number(now.open),
      lostPupils: Number(now.lost),
      census: await this.census(terms),
    };
  }

  /**
   * Distinct children, by the keyed hash: a child referred twice in a term is one child. An erased
   * child's cases share one key (erasedChildKey), an open one waiting to be erased counts as it.
   */
  private census(terms: readonly Term[]): Promise<TermCensusView[]> {
    return Promise.all(
      terms.map(async (term) => {
        const [row] = await this.dataSource.query<{ ehe: string; cme: string }[]>(
          `SELECT
             (SELECT count(DISTINCT child_key) FROM school_returns
               WHERE kind = 'DELETION' AND body->'ground'->>'reason' = 'ELECTIVE_HOME_EDUCATION' AND (body->>'deletionDate')::date BETWEEN $1 AND $2) AS ehe,
             (SELECT count(DISTINCT CASE WHEN erase_on_close IS NULL THEN child_key ELSE 'erased:' || erase_on_close END) FROM cme_cases
               WHERE first_day_missing <= $2 AND (resolved_on IS NULL OR resolved_on >= $1)) AS cme`,
          [term.start, term.end],
        );
        return { term: term.name, start: term.start, end: term.end, electiveHomeEducation: Number(row.ehe), childrenMissingEducation: Number(row.cme) };
      }),
    );
  }
}
