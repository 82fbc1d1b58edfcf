import { addClockHours, formatLondon } from './index';

describe('addClockHours: a return interview is due 72 clock hours after the child is found', () => {
  describe('given a child found before the clocks go forward to BST (Sunday 29 March 2026)', () => {
    const found = new Date('2026-03-28T10:00:00Z'); // 10:00 GMT on the London clock

    it('when 72 hours are added, then the deadline is exactly 72 x 3600 s later: 11:00 BST on 31 March', () => {
      const due = addClockHours(found, 72);

      expect(due.toISOString()).toBe('2026-03-31T10:00:00.000Z');
      expect(due.getTime() - found.getTime()).toBe(72 * 3600 * 1000);
      expect(formatLondon(due)).toBe('2026-03-31T11:00:00+01:00');
    });
  });

  describe('given a child found before the clocks go back to GMT (Sunday 25 October 2026)', () => {
    const found = new Date('2026-10-24T10:00:00Z'); // 11:00 BST on the London clock

    it('when 72 hours are added, then the deadline is 10:00 GMT on 27 October, one hour earlier on the London clock', () => {
      const due = addClockHours(found, 72);

      expect(due.toISOString()).toBe('2026-10-27T10:00:00.000Z');
      expect(formatLondon(due)).toBe('2026-10-27T10:00:00+00:00');
    });
  });

  describe('given a child found exactly at London midnight', () => {
    it('when found at 00:00 BST on 6 October 2026, then 72 hours later is 00:00 BST on 9 October', () => {
      const found = new Date('2026-10-05T23:00:00Z');

      expect(formatLondon(found)).toBe('2026-10-06T00:00:00+01:00');
      expect(formatLondon(addClockHours(found, 72))).toBe('2026-10-09T00:00:00+01:00');
    });

    it('when found at 00:00 GMT on 28 March 2026, then 72 hours later is 01:00 BST on 31 March', () => {
      const found = new Date('2026-03-28T00:00:00Z');

      expect(formatLondon(addClockHours(found, 72))).toBe('2026-03-31T01:00:00+01:00');
    });
  });

  describe('given worked example 6: the child found again on 3 October at 09:00', () => {
    it('when 72 hours are added, then the new return interview is due on 6 October at 09:00', () => {
      const found = new Date('2026-10-03T08:00:00Z'); // 09:00 BST

      expect(formatLondon(addClockHours(found, 72))).toBe('2026-10-06T09:00:00+01:00');
    });
  });

  describe('given an unusable input', () => {
    it('when the anchor is an invalid date, then it is rejected', () => {
      expect(() => addClockHours(new Date('not a date'), 72)).toThrow(RangeError);
    });

    it('when the hours are not a finite number, then they are rejected', () => {
      expect(() => addClockHours(new Date('2026-01-01T00:00:00Z'), Number.NaN)).toThrow(RangeError);
      expect(() => addClockHours(new Date('2026-01-01T00:00:00Z'), Infinity)).toThrow(RangeError);
    });
  });
});
