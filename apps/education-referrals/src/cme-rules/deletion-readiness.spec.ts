import { join } from 'node:path';
import { SchoolCalendar, loadTermDates } from '../school-calendar';
import { CHILD_FOUND_REASON, deletionReadiness } from './deletion-readiness';
import { type EnquiryRecord, type ReasonableEnquiry, ReasonableEnquiries } from './reasonable-enquiries';

const calendar = new SchoolCalendar(loadTermDates(join(__dirname, '../../config/term-dates.json')));

/** Every required enquiry made on `madeOn`, none finding the child, except as overridden. */
function enquiriesMade(madeOn: string, except: Partial<Record<ReasonableEnquiry, EnquiryRecord['result'] | 'NOT_MADE'>> = {}): EnquiryRecord[] {
  return ReasonableEnquiries.filter((enquiry) => except[enquiry] !== 'NOT_MADE').map((enquiry) => ({
    enquiry,
    madeOn,
    result: (except[enquiry] as EnquiryRecord['result'] | undefined) ?? 'NOT_FOUND',
  }));
}

// Absent from Tuesday 6 January 2026, the first school day of the spring term (5 January is INSET).
const START = '2026-01-06';

describe('deletion readiness: the 20-day rule', () => {
  describe('the 20th school day', () => {
    it('when absence starts on a school day, then that day is day 1 and the 20th falls four weeks later', () => {
      // 6–9 Jan (4), 12–16 (9), 19–23 (14), 26–30 (19), Mon 2 Feb (20).
      expect(deletionReadiness(calendar, START, START, []).twentiethSchoolDay).toBe('2026-02-02');
    });

    it('when absence starts on an INSET day or a weekend, then the next school day is day 1', () => {
      expect(deletionReadiness(calendar, '2026-01-05', '2026-01-05', []).twentiethSchoolDay).toBe('2026-02-02');
      expect(deletionReadiness(calendar, '2026-01-31', '2026-01-31', []).twentiethSchoolDay).toBe('2026-03-06');
    });

    it('when the absence runs across the February half term, then the half-term week does not count towards the 20', () => {
      // 2–6 Feb (5), 9–13 (10), half term 16–20, 23–27 (15), 2–6 Mar (20).
      expect(deletionReadiness(calendar, '2026-02-02', '2026-02-02', []).twentiethSchoolDay).toBe('2026-03-06');
    });

    it('when the early May bank holiday falls in the absence, then it does not count either', () => {
      // 27 Apr–1 May (5), 4 May bank holiday, 5–8 (9), 11–15 (14), 18–22 (19), half term, Mon 1 Jun (20).
      expect(deletionReadiness(calendar, '2026-04-27', '2026-04-27', []).twentiethSchoolDay).toBe('2026-06-01');
    });
  });

  describe('before the 20th school day', () => {
    it('when the pupil has been absent 12 school days, then it is not ready and says 12 of the 20', () => {
      const answer = deletionReadiness(calendar, START, '2026-01-21', enquiriesMade('2026-01-20'));
      expect(answer.schoolDaysAbsent).toBe(12);
      expect(answer.ready).toBe(false);
      expect(answer.reasons).toEqual(['the pupil has been absent 12 school days of the 20']);
      expect(answer.missing).toEqual([]);
    });

    it('when today is the 19th school day and every enquiry is made, then it is still not ready', () => {
      const answer = deletionReadiness(calendar, START, '2026-01-30', enquiriesMade('2026-01-29'));
      expect(answer.schoolDaysAbsent).toBe(19);
      expect(answer.ready).toBe(false);
    });

    it('when today is the first day of absence, then it counts 1 school day', () => {
      expect(deletionReadiness(calendar, START, START, []).reasons[0]).toBe('the pupil has been absent 1 school day of the 20');
    });

    it('when today is before the absence starts, then it counts no school days', () => {
      expect(deletionReadiness(calendar, START, '2026-01-02', []).schoolDaysAbsent).toBe(0);
    });
  });

  describe('on and after the 20th school day', () => {
    it('when the 20th school day is today and every enquiry is made without finding the child, then the school may delete', () => {
      const answer = deletionReadiness(calendar, START, '2026-02-02', enquiriesMade('2026-01-28', { POLICE: 'NO_RESPONSE' }));
      expect(answer).toEqual({ twentiethSchoolDay: '2026-02-02', schoolDaysAbsent: 20, ready: true, missing: [], reasons: [] });
    });

    it('when absence continues past the 20th day, then the school days absent are counted to today', () => {
      expect(deletionReadiness(calendar, START, '2026-02-13', enquiriesMade('2026-01-28')).schoolDaysAbsent).toBe(29);
    });

    it('when health has not been asked, then it is not ready, HEALTH is missing and the reason says so', () => {
      const answer = deletionReadiness(calendar, START, '2026-02-09', enquiriesMade('2026-01-28', { HEALTH: 'NOT_MADE' }));
      expect(answer.ready).toBe(false);
      expect(answer.missing).toEqual(['HEALTH']);
      expect(answer.reasons).toEqual(['Health has not been asked']);
    });

    it('when no enquiry has been made, then every one is missing, in the guidance order', () => {
      const answer = deletionReadiness(calendar, START, '2026-02-09', []);
      expect(answer.missing).toEqual(ReasonableEnquiries);
      expect(answer.reasons).toHaveLength(ReasonableEnquiries.length);
      expect(answer.reasons).toContain('no home visit has been made');
    });

    it('when an enquiry found the child, then it is not ready: being found is not a ground for deletion', () => {
      const answer = deletionReadiness(calendar, START, '2026-02-09', enquiriesMade('2026-01-28', { OTHER_LOCAL_AUTHORITY: 'FOUND' }));
      expect(answer.ready).toBe(false);
      expect(answer.missing).toEqual([]);
      expect(answer.reasons).toEqual([CHILD_FOUND_REASON]);
      expect(CHILD_FOUND_REASON).toBe('the child has been found: not a ground for deletion');
    });
  });

  describe('the enquiries required', () => {
    it('when the LA requires only some enquiries and those are made, then the others are not asked for', () => {
      const required: ReasonableEnquiry[] = ['SCHOOL_AND_CENSUS', 'OTHER_LOCAL_AUTHORITY', 'HOME_VISIT'];
      const made = enquiriesMade('2026-01-28').filter((record) => required.includes(record.enquiry));
      expect(deletionReadiness(calendar, START, '2026-02-02', made, required).ready).toBe(true);
    });

    it('when an enquiry is recorded twice, then it still counts once', () => {
      const made = [...enquiriesMade('2026-01-20'), { enquiry: 'HEALTH', madeOn: '2026-01-27', result: 'NO_RESPONSE' } as const];
      expect(deletionReadiness(calendar, START, '2026-02-02', made).ready).toBe(true);
    });
  });

  describe('dates it cannot use', () => {
    it('when a date is not a date, then it refuses', () => {
      expect(() => deletionReadiness(calendar, '2026-02-30', '2026-03-02', [])).toThrow(/absenceStart/);
      expect(() => deletionReadiness(calendar, START, '06/01/2026', [])).toThrow(/today/);
    });

    it('when the 20th school day would fall in a year the term dates do not cover, then it throws naming that year', () => {
      expect(() => deletionReadiness(calendar, '2028-07-10', '2028-07-10', [])).toThrow(/2028\/29/);
    });
  });
});
