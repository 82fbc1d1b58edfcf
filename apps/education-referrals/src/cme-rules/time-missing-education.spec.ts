import { join } from 'node:path';
import { SchoolCalendar, loadTermDates } from '../school-calendar';
import { schoolDaysMissing } from './time-missing-education';

const calendar = new SchoolCalendar(loadTermDates(join(__dirname, '../../config/term-dates.json')));

describe('time missing education, in school days', () => {
  it('when a child is found on the day they were first missing, then they missed 1 school day', () => {
    expect(schoolDaysMissing(calendar, '2025-09-08', '2025-09-08')).toBe(1);
  });

  it('when a child is missing from the Monday before October half term to the Friday after, then the half term is not counted: 10 days', () => {
    expect(schoolDaysMissing(calendar, '2025-10-20', '2025-11-07')).toBe(10);
  });

  it('when a child is missing over Christmas and the spring INSET day, then only school days count', () => {
    // 15–19 Dec (5), holidays, 5 Jan INSET, 6–9 Jan (4).
    expect(schoolDaysMissing(calendar, '2025-12-15', '2026-01-09')).toBe(9);
  });

  it('when the case is resolved on a weekend, then the weekend adds nothing', () => {
    expect(schoolDaysMissing(calendar, '2025-09-08', '2025-09-14')).toBe(5);
  });

  it('when the resolution date is before the first day missing, then it refuses the record', () => {
    expect(() => schoolDaysMissing(calendar, '2025-09-08', '2025-09-05')).toThrow(RangeError);
  });
});
