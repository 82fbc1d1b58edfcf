export { addClockHours } from './clock-hours';
export {
  addWorkingDays,
  bankHolidaysInYear,
  englandAndWalesCalendar,
  isBankHoliday,
  isWorkingDay,
} from './working-days';
export type { WorkingDayCalendar } from './working-days';
export { computeDeadline } from './deadline';
export { LONDON_TIME_ZONE, formatCalendarDate, formatLondon, londonCalendarDate, londonWallTimeToInstant } from './london-time';
export type { CalendarDate, WallClockTime } from './london-time';
