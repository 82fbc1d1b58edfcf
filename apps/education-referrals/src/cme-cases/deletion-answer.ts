import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { deletionReadiness } from '../cme-rules';
import { SchoolCalendar } from '../school-calendar';
import { enquiriesOf } from './case-enquiries';
import type { CmeCase } from './cme-case.entity';

export interface DeletionAnswer {
  /** The school may delete the pupil on the 20-day ground now. */
  mayDelete: boolean;
  twentiethSchoolDay: string;
  schoolDaysAbsent: number;
  /** Why not yet, in plain English: days still to run, enquiries the LA has still to make. */
  stillMissing: string[];
}

/**
 * The 20-day answer to the school: "not yet" until the pupil has been absent 20 school days and
 * the LA has recorded every reasonable enquiry (none finding the child), with what is missing.
 */
@Injectable()
export class DeletionAnswers {
  constructor(private readonly calendar: SchoolCalendar) {}

  async answer(em: EntityManager, cmeCase: CmeCase, today: string): Promise<DeletionAnswer | null> {
    if (!cmeCase.absenceStart) return null;
    const readiness = deletionReadiness(this.calendar, cmeCase.absenceStart, today, await enquiriesOf(em, cmeCase.id));
    // A closed case was resolved some other way: found, moved, home educated; deletion rests on that ground instead.
    const closed = cmeCase.status === 'CLOSED' ? [`the case is closed: ${cmeCase.outcome ?? ''}`] : [];
    const stillMissing = [...closed, ...readiness.reasons];
    return { mayDelete: stillMissing.length === 0, twentiethSchoolDay: readiness.twentiethSchoolDay, schoolDaysAbsent: readiness.schoolDaysAbsent, stillMissing };
  }
}
