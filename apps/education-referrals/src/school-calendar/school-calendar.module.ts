import { Clock } from '@homeward/contracts';
import { formatCalendarDate, londonCalendarDate } from '@homeward/deadlines';
import { Global, Module } from '@nestjs/common';
import { EducationConfig } from '../education.config';
import { assertCovers, SchoolCalendar } from './school-calendar';
import { loadTermDates } from './term-dates';

/** The LA's school calendar, read and validated once at start: a bad file or a missing year stops the service with its reason. */
@Global()
@Module({
  providers: [
    {
      provide: SchoolCalendar,
      inject: [EducationConfig, Clock],
      useFactory: (config: EducationConfig, clock: Clock) => {
        const termDates = loadTermDates(config.termDatesFile);
        assertCovers(termDates, formatCalendarDate(londonCalendarDate(clock.now())));
        return new SchoolCalendar(termDates);
      },
    },
  ],
  exports: [SchoolCalendar],
})
export class SchoolCalendarModule {}
