import { collectionYear } from './collection-year';
import { missingRowsFor, type ReturnEpisode } from './missing-rows';

const year = collectionYear(2026);
let n = 0;
const episode = (e: Partial<ReturnEpisode>): ReturnEpisode => ({
  episodeId: `e${++n}`,
  policeReference: `NT/${n}`,
  force: 'NOTTS',
  childId: 'c1',
  missingSince: null,
  foundAt: null,
  localAuthorityId: 'LA1',
  dateOfBirth: '2012-05-04',
  gradings: ['MEDIUM'],
  kindSet: null,
  ...e,
});

describe("the collection year's rows of the Missing table", () => {
  it('given episodes either side of the year and across its ends, it keeps those in the year (London dates) with blank ends past 31 March', () => {
    const rows = missingRowsFor(
      [
        episode({ policeReference: 'before', missingSince: new Date('2026-03-01T10:00Z'), foundAt: new Date('2026-03-31T22:30Z') }), // 31 March 23:30 BST: last year
        episode({ policeReference: 'carried', missingSince: new Date('2026-03-20T10:00Z'), foundAt: new Date('2026-03-31T23:30Z') }), // found 1 April 00:30 BST
        episode({ policeReference: 'first-day', missingSince: new Date('2026-03-31T23:30Z'), foundAt: new Date('2026-04-01T08:00Z') }),
        episode({ policeReference: 'open', missingSince: new Date('2027-03-31T20:00Z') }),
        episode({ policeReference: 'past-end', missingSince: new Date('2027-03-30T20:00Z'), foundAt: new Date('2027-04-02T09:00Z') }),
        episode({ policeReference: 'next-year', missingSince: new Date('2027-03-31T23:30Z') }), // 1 April 2027 00:30 BST
      ],
      year,
    );
    expect(rows.map((r) => [r.policeReference, r.row.MIS_START, r.row.MIS_END])).toEqual([
      ['carried', '20/03/2026', '01/04/2026'],
      ['first-day', '01/04/2026', '01/04/2026'],
      ['past-end', '30/03/2027', null],
      ['open', '31/03/2027', null],
    ]);
  });

  it('given gradings and a staff choice, M/A is the default unless staff set it, and says which', () => {
    const setAt = new Date('2026-06-01T12:00Z');
    const rows = missingRowsFor(
      [
        episode({ policeReference: 'a', missingSince: new Date('2026-05-01T10:00Z'), gradings: ['VERY_LOW'] }),
        episode({ policeReference: 'b', missingSince: new Date('2026-05-02T10:00Z'), gradings: ['VERY_LOW'], kindSet: { kind: 'M', setBy: 'casey.morgan', setAt } }),
      ],
      year,
    );
    expect(rows.map((r) => [r.row.MISSING, r.defaulted, r.kindSetBy])).toEqual([
      ['A', true, null],
      ['M', false, 'casey.morgan'],
    ]);
  });

  it('given a child with no LA id or date of birth, the row has them blank (for the checks to name); one with only a FOUND has a blank start', () => {
    const [found, noId] = missingRowsFor(
      [episode({ localAuthorityId: ' ', dateOfBirth: null, missingSince: new Date('2026-05-01T10:00Z') }), episode({ foundAt: new Date('2026-05-03T10:00Z') })],
      year,
    );
    expect(found.row).toEqual({ CHILD: 'LA1', DOB: '04/05/2012', MISSING: 'M', MIS_START: null, MIS_END: '03/05/2026' });
    expect(noId.row).toEqual({ CHILD: null, DOB: null, MISSING: 'M', MIS_START: '01/05/2026', MIS_END: null });
  });
});
