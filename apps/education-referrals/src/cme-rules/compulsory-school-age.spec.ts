import { compulsorySchoolAgeEnd, compulsorySchoolAgeStart, isOfCompulsorySchoolAge } from './compulsory-school-age';

describe('compulsory school age (Education Act 1996 s8)', () => {
  describe('when it begins: the prescribed day (31 Dec, 31 Mar, 31 Aug) on or after the 5th birthday', () => {
    it('when the 5th birthday is itself a prescribed day (31 December), then it begins on the birthday', () => {
      expect(compulsorySchoolAgeStart('2020-12-31')).toBe('2025-12-31');
      expect(isOfCompulsorySchoolAge('2020-12-31', '2025-12-30')).toBe(false);
      expect(isOfCompulsorySchoolAge('2020-12-31', '2025-12-31')).toBe(true);
    });

    it('when the 5th birthday is the day before a prescribed day, then it begins the next day', () => {
      expect(compulsorySchoolAgeStart('2020-03-30')).toBe('2025-03-31');
      expect(compulsorySchoolAgeStart('2020-08-30')).toBe('2025-08-31');
      expect(compulsorySchoolAgeStart('2020-12-30')).toBe('2025-12-31');
    });

    it('when the 5th birthday is the day after a prescribed day, then it waits for the next one', () => {
      expect(compulsorySchoolAgeStart('2021-01-01')).toBe('2026-03-31');
      expect(compulsorySchoolAgeStart('2020-04-01')).toBe('2025-08-31');
      expect(compulsorySchoolAgeStart('2020-09-01')).toBe('2025-12-31');
      expect(isOfCompulsorySchoolAge('2021-01-01', '2026-03-30')).toBe(false);
      expect(isOfCompulsorySchoolAge('2021-01-01', '2026-03-31')).toBe(true);
    });

    it('when the birthday is 31 March or 31 August, then it begins on the 5th birthday', () => {
      expect(compulsorySchoolAgeStart('2020-03-31')).toBe('2025-03-31');
      expect(compulsorySchoolAgeStart('2020-08-31')).toBe('2025-08-31');
    });

    it('when the child was born on 29 February, then it begins on 31 March after the 5th birthday', () => {
      expect(compulsorySchoolAgeStart('2020-02-29')).toBe('2025-03-31');
    });
  });

  describe('when it ends: the last Friday in June of the school year (1 Sep to 31 Aug) in which the child turns 16', () => {
    it('when the child turns 16 on 31 August, then it ends on the last Friday of that June, and the day after they are not of compulsory school age', () => {
      expect(compulsorySchoolAgeEnd('2010-08-31')).toBe('2026-06-26');
      expect(isOfCompulsorySchoolAge('2010-08-31', '2026-06-26')).toBe(true);
      expect(isOfCompulsorySchoolAge('2010-08-31', '2026-06-27')).toBe(false);
    });

    it('when the child turns 16 on 1 September, then it ends in the June of the following year', () => {
      expect(compulsorySchoolAgeEnd('2010-09-01')).toBe('2027-06-25');
      expect(isOfCompulsorySchoolAge('2010-09-01', '2026-06-27')).toBe(true);
      expect(isOfCompulsorySchoolAge('2010-09-01', '2027-06-25')).toBe(true);
      expect(isOfCompulsorySchoolAge('2010-09-01', '2027-06-26')).toBe(false);
    });

    it('when the child turns 16 in July, after the last Friday in June, then it had already ended while they were 15', () => {
      expect(compulsorySchoolAgeEnd('2010-07-15')).toBe('2026-06-26');
      expect(isOfCompulsorySchoolAge('2010-07-15', '2026-06-29')).toBe(false);
    });

    it('when 30 June is a Friday, then that is the last day', () => {
      expect(compulsorySchoolAgeEnd('2007-01-15')).toBe('2023-06-30');
    });

    it('when the child turns 16 in spring, then it ends the last Friday of that June', () => {
      expect(compulsorySchoolAgeEnd('2011-03-10')).toBe('2027-06-25');
    });
  });

  describe('in between and outside', () => {
    it('when the child is 4, 10 or 17, then only the 10-year-old is of compulsory school age', () => {
      expect(isOfCompulsorySchoolAge('2016-05-01', '2020-05-01')).toBe(false);
      expect(isOfCompulsorySchoolAge('2016-05-01', '2026-05-01')).toBe(true);
      expect(isOfCompulsorySchoolAge('2009-05-01', '2026-05-01')).toBe(false);
    });

    it('when a date is not a date, then it refuses', () => {
      expect(() => isOfCompulsorySchoolAge('2016-02-30', '2026-05-01')).toThrow(/dateOfBirth/);
      expect(() => isOfCompulsorySchoolAge('2016-05-01', '1/5/2026')).toThrow(/on must be a date/);
    });
  });
});
