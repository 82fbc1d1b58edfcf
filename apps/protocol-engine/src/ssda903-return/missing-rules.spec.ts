import { collectionYear } from './collection-year';
import type { MissingRow } from './missing-rows';
import {
  checkMissingTable,
  type MissingRule,
  rule1004,
  rule1005,
  rule1006,
  rule564,
  rule565,
  rule566,
  rule567,
  rule570,
  rule571,
  rule574,
  rule576,
  rule586,
  ruleNoChildId,
  ruleNoDateOfBirth,
} from './missing-rules';

const year = collectionYear(2026);
const good: MissingRow = { CHILD: 'LA1', DOB: '04/05/2012', MISSING: 'M', MIS_START: '10/04/2026', MIS_END: '11/04/2026' };
const row = (r: Partial<MissingRow>): MissingRow => ({ ...good, ...r });
const failing = (rule: MissingRule, rows: MissingRow[], lastYear?: MissingRow[]) => rule.failing(rows, { year, lastYear });

describe("the DfE's checks of the Missing table, and ours", () => {
  it('every check passes a good row', () => {
    expect(checkMissingTable([good, row({ CHILD: 'LA2', MISSING: 'A', MIS_END: null })], { year, lastYear: [] })).toEqual([]);
  });

  it('1004 names a start that is blank or not a dd/mm/yyyy day', () => {
    expect(failing(rule1004, [good, row({ MIS_START: null }), row({ MIS_START: '31/04/2026' }), row({ MIS_START: '2026-04-10' })])).toEqual([1, 2, 3]);
  });

  it('1005 names an end given but not a valid date; a blank end passes', () => {
    expect(failing(rule1005, [good, row({ MIS_END: null }), row({ MIS_END: '32/01/2027' })])).toEqual([2]);
  });

  it('1006 names a MISSING that is neither M nor A', () => {
    expect(failing(rule1006, [good, row({ MISSING: 'A' }), row({ MISSING: 'X' })])).toEqual([2]);
  });

  it('564 names an M or A row with a blank start', () => {
    expect(failing(rule564, [good, row({ MIS_START: null }), row({ MISSING: null, MIS_START: null })])).toEqual([1]);
  });

  it('565 names a start given without M or A', () => {
    expect(failing(rule565, [good, row({ MISSING: null })])).toEqual([1]);
  });

  it('566 names an end given without M or A', () => {
    expect(failing(rule566, [good, row({ MISSING: null, MIS_END: null }), row({ MISSING: null })])).toEqual([2]);
  });

  it('567 names an end before its start; ending the day it starts passes', () => {
    expect(failing(rule567, [good, row({ MIS_END: '10/04/2026' }), row({ MIS_END: '09/04/2026' })])).toEqual([2]);
  });

  it('570 names a start after 31 March of the year; a start before 1 April (carried over) passes', () => {
    expect(failing(rule570, [good, row({ MIS_START: '28/03/2026' }), row({ MIS_START: '31/03/2027', MIS_END: null }), row({ MIS_START: '01/04/2027', MIS_END: null })])).toEqual([3]);
  });

  it('571 names an end before 1 April or after 31 March of the year', () => {
    expect(failing(rule571, [good, row({ MIS_START: '28/03/2026', MIS_END: '31/03/2026' }), row({ MIS_END: '01/04/2027' }), row({ MIS_END: '31/03/2027' })])).toEqual([1, 2]);
  });

  it("574 names a child's period starting while the one before is open, or overlapping it; another child's or a same-day restart passes", () => {
    const rows = [
      row({ MIS_START: '01/05/2026', MIS_END: '03/05/2026' }),
      row({ MIS_START: '03/05/2026', MIS_END: '04/05/2026' }), // starts the day the first ended: no overlap
      row({ MIS_START: '02/05/2026', MIS_END: '06/05/2026' }), // overlaps the second
      row({ CHILD: 'LA2', MIS_START: '01/06/2026', MIS_END: null }),
      row({ CHILD: 'LA2', MIS_START: '05/06/2026', MIS_END: '06/06/2026' }), // the first is still open
      row({ CHILD: 'LA3', MIS_START: '01/05/2026', MIS_END: '03/05/2026' }),
    ];
    expect(failing(rule574, rows)).toEqual([2, 4]);
    expect(failing(rule574, [good, row({ MIS_START: '12/04/2026', MIS_END: '13/04/2026' })])).toEqual([]);
  });

  it("576 names a child whose period open in last year's return is not the first this year, with the same start", () => {
    const lastYear = [row({ CHILD: 'LA1', MIS_START: '20/03/2026', MIS_END: null }), row({ CHILD: 'LA2', MIS_START: '25/03/2026', MIS_END: null })];
    const rows = [row({ CHILD: 'LA1', MIS_START: '20/03/2026', MIS_END: '02/04/2026' }), row({ CHILD: 'LA1' }), row({ CHILD: 'LA2', MIS_START: '10/04/2026' })];
    expect(failing(rule576, rows, lastYear)).toEqual([2]);
    expect(failing(rule576, rows)).toEqual([]);
  });

  it("586 names a start on or before the child's date of birth", () => {
    expect(failing(rule586, [good, row({ DOB: '10/04/2026' }), row({ DOB: '11/04/2026' })])).toEqual([1, 2]);
  });

  it('ours: a row with no 903 identifier, or no date of birth, is named', () => {
    expect(failing(ruleNoChildId, [good, row({ CHILD: null }), row({ CHILD: '  ' })])).toEqual([1, 2]);
    expect(failing(ruleNoDateOfBirth, [good, row({ DOB: null })])).toEqual([1]);
  });

  it('the whole check lists every failure by row, each with its code, message and fields', () => {
    const failures = checkMissingTable([good, row({ CHILD: null, MIS_START: null })], { year });
    expect(failures.map((f) => [f.index, f.code])).toEqual([
      [1, 'HW-CHILD'],
      [1, '564'],
      [1, '1004'],
    ]);
    expect(failures[1]).toMatchObject({ message: rule564.message, fields: ['MISSING', 'MIS_START'], source: 'DFE' });
  });
});
