import type { RiskLevel } from '@homeward/contracts';
import { defaultAbsenceKind, type AbsenceKind } from './absence-kind';
import { type CollectionYear, dfeDate, type IsoDate, londonDate } from './collection-year';

/** One line of the DfE's Missing table, as the file holds it: text, blank as null. */
export interface MissingRow {
  CHILD: string | null;
  DOB: string | null;
  MISSING: string | null;
  MIS_START: string | null;
  MIS_END: string | null;
}

/** The DfE's column order for the Missing table (the 903 validator's config names the same five). */
export const MISSING_COLUMNS = ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'] as const satisfies readonly (keyof MissingRow)[];

/** What the return needs of one of our looked-after children's episodes. */
export interface ReturnEpisode {
  episodeId: string;
  policeReference: string;
  force: string;
  childId: string;
  missingSince: Date | null;
  foundAt: Date | null;
  /** The child's 903 identifier: the LA's own child id. */
  localAuthorityId: string | null;
  /** YYYY-MM-DD. */
  dateOfBirth: IsoDate | null;
  /** Every police grading of the episode (reports, updates, found). */
  gradings: RiskLevel[];
  /** The M/A staff set, if they did. */
  kindSet: { kind: AbsenceKind; setBy: string; setAt: Date } | null;
}

/** A row of the return with the episode it came from, and whether its M/A is the default. */
export interface ReturnRow {
  episodeId: string;
  policeReference: string;
  force: string;
  childId: string;
  missingSince: Date | null;
  foundAt: Date | null;
  row: MissingRow;
  kind: AbsenceKind;
  defaulted: boolean;
  kindSetBy: string | null;
  kindSetAt: Date | null;
}

const blankIfEmpty = (s: string | null): string | null => (s === null || s.trim() === '' ? null : s.trim());

/**
 * The episodes in a collection year's Missing table, one row each: an episode is in the year
 * when it started on or before the year's last day (London dates) and had not ended before its
 * first: so one still open at the end of last year is returned again with the same start (the
 * DfE's check 576 expects it), and one ending after the year's end, or not ended, has a blank
 * MIS_END (check 571 forbids an end after the year). An episode whose start is unknown (only a
 * FOUND came) is in the year its end is, with a blank MIS_START for check 564 to name.
 */
export function missingRowsFor(episodes: readonly ReturnEpisode[], year: CollectionYear): ReturnRow[] {
  const rows: (ReturnRow & { start: IsoDate | null })[] = [];
  for (const e of episodes) {
    const start = e.missingSince ? londonDate(e.missingSince) : null;
    const end = e.foundAt ? londonDate(e.foundAt) : null;
    const inYear = start !== null ? start <= year.end && (end === null || end >= year.start) : end !== null && end >= year.start && end <= year.end;
    if (!inYear) continue;
    const kind = e.kindSet?.kind ?? defaultAbsenceKind(e.gradings);
    rows.push({
      episodeId: e.episodeId,
      policeReference: e.policeReference,
      force: e.force,
      childId: e.childId,
      missingSince: e.missingSince,
      foundAt: e.foundAt,
      row: {
        CHILD: blankIfEmpty(e.localAuthorityId),
        DOB: e.dateOfBirth ? dfeDate(e.dateOfBirth) : null,
        MISSING: kind,
        MIS_START: start ? dfeDate(start) : null,
        MIS_END: end !== null && end <= year.end ? dfeDate(end) : null,
      },
      kind,
      defaulted: e.kindSet === null,
      kindSetBy: e.kindSet?.setBy ?? null,
      kindSetAt: e.kindSet?.setAt ?? null,
      start,
    });
  }
  // By child, then start, so each child's episodes read in order; a row without an id last.
  rows.sort(
    (a, b) =>
      compareNullsLast(a.row.CHILD, b.row.CHILD) || compareNullsLast(a.start, b.start) || a.policeReference.localeCompare(b.policeReference) || a.episodeId.localeCompare(b.episodeId),
  );
  return rows.map(({ start: _start, ...row }) => row);
}

function compareNullsLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
