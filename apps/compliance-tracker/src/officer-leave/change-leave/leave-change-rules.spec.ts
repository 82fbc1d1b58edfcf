import { leaveChangeProblems } from './leave-change-rules';

const at = (s: string) => new Date(`2025-11-${s}Z`);
const now = at('05T09:00:00');

describe('what a change to leave may not do', () => {
  const upcoming = { officer: 'away', status: 'UPCOMING' as const, startsAt: at('10T09:00:00') };
  const underWay = { officer: 'away', status: 'IN_PROGRESS' as const, startsAt: at('03T09:00:00') };

  it('given leave still to come, then its start and end may both move, as long as it ends after it starts', () => {
    expect(leaveChangeProblems(upcoming, { startsAt: at('06T09:00:00'), endsAt: at('08T09:00:00'), cover: 'cover' }, now)).toEqual([]);
    expect(leaveChangeProblems(upcoming, { startsAt: at('06T09:00:00'), endsAt: at('06T09:00:00'), cover: undefined }, now).map((p) => p.field)).toEqual(['endsAt']);
  });

  it('given leave under way, then its start stays, and its end stays in the future', () => {
    expect(leaveChangeProblems(underWay, { startsAt: at('04T09:00:00'), endsAt: at('12T09:00:00'), cover: undefined }, now).map((p) => p.field)).toEqual(['startsAt']);
    expect(leaveChangeProblems(underWay, { startsAt: underWay.startsAt, endsAt: at('04T09:00:00'), cover: undefined }, now).map((p) => p.field)).toEqual(['endsAt']);
    expect(leaveChangeProblems(underWay, { startsAt: underWay.startsAt, endsAt: at('06T09:00:00'), cover: null }, now)).toEqual([]);
  });

  it('given the officer named as their own cover, then refused naming coverUsername', () => {
    expect(leaveChangeProblems(upcoming, { startsAt: upcoming.startsAt, endsAt: at('12T09:00:00'), cover: 'away' }, now).map((p) => p.field)).toEqual(['coverUsername']);
  });
});
