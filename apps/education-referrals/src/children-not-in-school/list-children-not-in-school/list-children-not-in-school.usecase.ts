import { Clock } from '@homeward/contracts';
import { type StaffIdentity, UnitOfWork } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { childrenNotInSchool, type NotInSchoolCandidate } from '../../cme-rules';
import { londonDateOf } from '../../cme-cases/cme-task-deadlines';
import type { NotInSchoolEntryView } from '../children-not-in-school.views';

interface CandidateRow {
  child_key: string;
  basis: NotInSchoolCandidate['basis'];
  since: string;
  back_on_roll_on: string | null;
  pupil: { givenName: string; familyName: string; dateOfBirth: string; address?: { postcode?: string } };
  case_reference: string | null;
}

const HOME_EDUCATION = 'Parent or carer (elective home education)';

/**
 * The register of children not in school, as a view of what the LA already holds: deletions to
 * elective home education not followed by a new-pupil return, and open CME cases. A child whose
 * data was erased is not on it (their deletion keeps no pupil). Each read of it is recorded, one
 * row per child.
 */
@Injectable()
export class ListChildrenNotInSchool {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(query: { staff: StaffIdentity }): Promise<NotInSchoolEntryView[]> {
    const now = this.clock.now();
    return this.unitOfWork.run(async (em) => {
      const rows = await em.query<CandidateRow[]>(`
        SELECT d.child_key, 'ELECTIVE_HOME_EDUCATION' AS basis, d.body->>'deletionDate' AS since, d.body->'pupil' AS pupil, NULL AS case_reference,
               (SELECT min(a.body->>'admissionDate') FROM school_returns a
                 WHERE a.kind = 'ADMISSION' AND a.child_key = d.child_key AND a.body->>'admissionDate' >= d.body->>'deletionDate') AS back_on_roll_on
          FROM school_returns d
         WHERE d.kind = 'DELETION' AND d.body->'ground'->>'reason' = 'ELECTIVE_HOME_EDUCATION' AND d.body ? 'pupil'
        UNION ALL
        SELECT child_key, 'MISSING_EDUCATION', to_char(first_day_missing, 'YYYY-MM-DD'), pupil, reference, NULL
          FROM cme_cases WHERE status = 'OPEN'`);
      const byKey = new Map(rows.map((r) => [`${r.child_key}|${r.basis}|${r.since}`, r]));
      const register = childrenNotInSchool(
        rows.map((r) => ({ childKey: r.child_key, dateOfBirth: r.pupil.dateOfBirth, basis: r.basis, since: r.since, provider: r.basis === 'ELECTIVE_HOME_EDUCATION' ? HOME_EDUCATION : null, backOnRollOn: r.back_on_roll_on })),
        londonDateOf(now),
      );
      if (register.length > 0) {
        await em.query(`INSERT INTO register_views (staff_id, child_key, viewed_at) SELECT $1, unnest($2::text[]), $3`, [query.staff.staffId, register.map((c) => c.childKey), now]);
      }
      return register.map((c) => {
        const row = byKey.get(`${c.childKey}|${c.basis}|${c.since}`) as CandidateRow;
        return { name: `${row.pupil.givenName} ${row.pupil.familyName}`, dateOfBirth: c.dateOfBirth, postcode: row.pupil.address?.postcode ?? null, basis: c.basis, since: c.since, provider: c.provider, caseReference: row.case_reference };
      });
    });
  }
}
