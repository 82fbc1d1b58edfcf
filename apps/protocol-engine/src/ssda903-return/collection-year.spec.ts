import { collectionYear, collectionYearOf, dfeDate, londonDate, parseDfeDate } from './collection-year';

describe('the 903 collection year, in London dates', () => {
  it('given 2026, it runs from 1 April 2026 to 31 March 2027', () => {
    expect(collectionYear(2026)).toEqual({ year: 2026, start: '2026-04-01', end: '2027-03-31' });
  });

  it('given a year that is not a whole year in range, it refuses', () => {
    expect(() => collectionYear(2026.5)).toThrow(RangeError);
    expect(() => collectionYear(1999)).toThrow(RangeError);
  });

  it('given 23:30 UTC on 31 March 2026 (BST began 29 March), the London date is 1 April: the new year', () => {
    expect(londonDate(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    expect(collectionYearOf(londonDate(new Date('2026-03-31T23:30:00Z')))).toBe(2026);
  });

  it('given 22:59 UTC on 31 March 2026, it is still 31 March in London: the year before', () => {
    expect(londonDate(new Date('2026-03-31T22:59:59Z'))).toBe('2026-03-31');
    expect(collectionYearOf('2026-03-31')).toBe(2025);
  });

  it('given 23:30 UTC on 31 March 2027 (BST began 28 March), London is on 1 April 2027: outside 2026', () => {
    expect(londonDate(new Date('2027-03-31T23:30:00Z'))).toBe('2027-04-01');
    expect(collectionYearOf('2027-04-01')).toBe(2027);
  });

  it('given a winter instant, London is on GMT: 23:30 UTC on 31 December stays 31 December', () => {
    expect(londonDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(collectionYearOf('2026-12-31')).toBe(2026);
  });

  it('writes and reads the DfE date dd/mm/yyyy, refusing impossible days', () => {
    expect(dfeDate('2026-04-01')).toBe('01/04/2026');
    expect(parseDfeDate('01/04/2026')).toBe('2026-04-01');
    expect(parseDfeDate('31/02/2026')).toBeNull();
    expect(parseDfeDate('2026-04-01')).toBeNull();
    expect(parseDfeDate('1/4/2026')).toBeNull();
    expect(parseDfeDate(null)).toBeNull();
  });
});
