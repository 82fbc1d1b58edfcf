import { type CollectionYear, type IsoDate, parseDfeDate } from './collection-year';
import type { MissingRow } from './missing-rows';

export interface RuleContext {
  year: CollectionYear;
  /** Last year's Missing table, when known (check 576). */
  lastYear?: readonly MissingRow[];
}

/** One check of the Missing table: its code, its message, the fields it reads, and which rows (by index) fail it. */
export interface MissingRule {
  code: string;
  message: string;
  fields: (keyof MissingRow)[];
  /** DFE: one of the DfE's published 903 validation rules; HOMEWARD: our own completeness check. */
  source: 'DFE' | 'HOMEWARD';
  failing(rows: readonly MissingRow[], context: RuleContext): number[];
}

const indicesWhere = (rows: readonly MissingRow[], test: (r: MissingRow) => boolean): number[] => rows.flatMap((r, i) => (test(r) ? [i] : []));
const blank = (v: string | null): boolean => v === null || v.trim() === '';
const start = (r: MissingRow): IsoDate | null => parseDfeDate(r.MIS_START);
const end = (r: MissingRow): IsoDate | null => parseDfeDate(r.MIS_END);

/*
 * The DfE's checks that read the Missing table alone (codes and messages as the DfE publishes them,
 * implemented after data-to-insight/csc-validator-be-903, lac_validator/rules/lac2022_23/rule_<code>.py,
 * unchanged in its 2023-24 to 2026-27 rule sets). The checks that compare Missing with the Episodes
 * table (575, 577, 578, 580, 581) need periods of care and their reasons, which this service does
 * not hold; INT04 and INT13 compare it with the Header table, which this service does not produce.
 */
export const rule1004: MissingRule = {
  code: '1004',
  message: 'The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.',
  fields: ['MIS_START'],
  source: 'DFE',
  failing: (rows) => indicesWhere(rows, (r) => start(r) === null),
};

export const rule1005: MissingRule = {
  code: '1005',
  message: 'The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.',
  fields: ['MIS_END'],
  source: 'DFE',
  failing: (rows) => indicesWhere(rows, (r) => !blank(r.MIS_END) && end(r) === null),
};

export const rule1006: MissingRule = {
  code: '1006',
  message: 'Missing type invalid.',
  fields: ['MISSING'],
  source: 'DFE',
  failing: (rows) => indicesWhere(rows, (r) => !blank(r.MISSING) && r.MISSING !== 'M' && r.MISSING !== 'A'),
};

export const rule564: MissingRule = {
  code: '564',
  message: 'Child was missing or away from placement without authorisation and the date started is blank.',
  fields: ['MISSING', 'MIS_START'],
  source: 'DFE',
  failing: (rows) => indicesWhere(rows, (r) => ['M', 'A', 'm', 'a'].includes(r.MISSING ?? '') && blank(r.MIS_START)),
};

export const rule565: MissingRule = {
  code: '565',
  message:
    'The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.',
  fields: ['MISSING', 'MIS_START'],
  source: 'DFE',
  failing: (rows) => indicesWhere(rows, (r) => !blank(r.MIS_START) && blank(r.MISSING)),
};

export const rule566: MissingRule = {
  code: '566',
  message:
    "The date that the child's episode of being missing or away from placement without authorisation ended has been completed but whether the child was missing or away without authorisation has not been completed.",
  fields: ['MISSING', 'MIS_END'],
  source: 'DFE',
  failing: (rows) => indicesWhere(rows, (r) => blank(r.MISSING) && !blank(r.MIS_END)),
};

export const rule567: MissingRule = {
  code: '567',
  message: 'The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.',
  fields: ['MIS_START', 'MIS_END'],
  source: 'DFE',
  failing: (rows) =>
    indicesWhere(rows, (r) => {
      const s = start(r);
      const e = end(r);
      return s !== null && e !== null && s > e;
    }),
};

export const rule570: MissingRule = {
  code: '570',
  message: 'The date that the child started to be missing or away from placement without authorisation is after the end of the collection year.',
  fields: ['MIS_START'],
  source: 'DFE',
  failing: (rows, { year }) =>
    indicesWhere(rows, (r) => {
      const s = start(r);
      return s !== null && s > year.end;
    }),
};

export const rule571: MissingRule = {
  code: '571',
  message: 'The date that the child ceased to be missing or away from placement without authorisation is before the start or after the end of the collection year.',
  fields: ['MIS_END'],
  source: 'DFE',
  failing: (rows, { year }) =>
    indicesWhere(rows, (r) => {
      const e = end(r);
      return e !== null && (e < year.start || e > year.end);
    }),
};

/**
 * 574 as the DfE's validator reads it: each child's rows in order of end (an open one placed at
 * its start), then start; a row fails when the row before it is still open, or ended after it began.
 * An end on the day the next start falls is no overlap (found in the morning, gone again at night).
 */
export const rule574: MissingRule = {
  code: '574',
  message:
    'A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.',
  fields: ['MIS_START', 'MIS_END'],
  source: 'DFE',
  failing: (rows) => {
    const order = rows
      .map((r, i) => ({ i, child: r.CHILD ?? '', s: start(r), e: end(r) }))
      .sort((a, b) => cmp(a.child, b.child) || cmp(a.e ?? a.s, b.e ?? b.s) || cmp(a.s, b.s) || a.i - b.i);
    const failing: number[] = [];
    for (let k = 1; k < order.length; k++) {
      const [prev, cur] = [order[k - 1], order[k]];
      if (prev.child !== cur.child || cur.child === '') continue;
      if (prev.e === null || (cur.s !== null && cur.s < prev.e)) failing.push(cur.i);
    }
    return failing.sort((a, b) => a - b);
  },
};

/** 576: a child's period open at the end of last year's return must open this year's rows for them, with the same start. */
export const rule576: MissingRule = {
  code: '576',
  message: 'There is an open missing/away from placement without authorisation period in last year’s return and there is no corresponding period recorded at the start of this year.',
  fields: ['CHILD'],
  source: 'DFE',
  failing: (rows, { lastYear }) => {
    if (!lastYear) return [];
    const openLastYear = new Map<string, IsoDate[]>();
    for (const r of lastYear) {
      const s = start(r);
      if (r.CHILD && blank(r.MIS_END) && s !== null) openLastYear.set(r.CHILD, [...(openLastYear.get(r.CHILD) ?? []), s]);
    }
    const firstByChild = new Map<string, { i: number; s: IsoDate }>();
    rows.forEach((r, i) => {
      if (!r.CHILD) return;
      const s = start(r) ?? '2099-01-01';
      const first = firstByChild.get(r.CHILD);
      if (!first || s < first.s) firstByChild.set(r.CHILD, { i, s });
    });
    const failing: number[] = [];
    for (const [child, first] of firstByChild) {
      if ((openLastYear.get(child) ?? []).some((s) => s !== first.s)) failing.push(first.i);
    }
    return failing.sort((a, b) => a - b);
  },
};

export const rule586: MissingRule = {
  code: '586',
  message: 'Dates of missing periods are before child’s date of birth.',
  fields: ['MIS_START'],
  source: 'DFE',
  failing: (rows) =>
    indicesWhere(rows, (r) => {
      const s = start(r);
      const dob = parseDfeDate(r.DOB);
      return s !== null && dob !== null && s <= dob;
    }),
};

/** Ours: the DfE matches every row to the child by CHILD, so a row without one cannot be returned. */
export const ruleNoChildId: MissingRule = {
  code: 'HW-CHILD',
  message: "The child has no 903 identifier (the LA's own child id). Add it to the child's record (a police correction with the LA id, or a merge with the record holding it).",
  fields: ['CHILD'],
  source: 'HOMEWARD',
  failing: (rows) => indicesWhere(rows, (r) => blank(r.CHILD)),
};

/** Ours: the Missing table carries the child's date of birth, which the DfE checks against the Header. */
export const ruleNoDateOfBirth: MissingRule = {
  code: 'HW-DOB',
  message: "The child's date of birth is not known (erased or never given), and the Missing table must carry it.",
  fields: ['DOB'],
  source: 'HOMEWARD',
  failing: (rows) => indicesWhere(rows, (r) => parseDfeDate(r.DOB) === null),
};

export const MISSING_RULES: readonly MissingRule[] = [
  ruleNoChildId,
  ruleNoDateOfBirth,
  rule564,
  rule565,
  rule566,
  rule567,
  rule570,
  rule571,
  rule574,
  rule576,
  rule586,
  rule1004,
  rule1005,
  rule1006,
];

export interface RuleFailure {
  /** Which row of `rows`. */
  index: number;
  code: string;
  message: string;
  fields: (keyof MissingRow)[];
  source: 'DFE' | 'HOMEWARD';
}

/** Every failure of every rule, by row then rule order. */
export function checkMissingTable(rows: readonly MissingRow[], context: RuleContext, rules: readonly MissingRule[] = MISSING_RULES): RuleFailure[] {
  const failures = rules.flatMap((rule) => rule.failing(rows, context).map((index) => ({ index, code: rule.code, message: rule.message, fields: rule.fields, source: rule.source, order: rules.indexOf(rule) })));
  return failures.sort((a, b) => a.index - b.index || a.order - b.order).map(({ order: _order, ...f }) => f);
}

function cmp(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
