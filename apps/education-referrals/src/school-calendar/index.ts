export { SchoolCalendar, assertCovers } from './school-calendar';
export { TermDatesError, loadTermDates, parseTermDates } from './term-dates';
export type { AcademicYear, Term, TermDates } from './term-dates';
export { academicYearOf, isCalendarDate } from './calendar-dates';
