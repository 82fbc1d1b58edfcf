import { FieldProblem, validationFailed } from '@homeward/platform';
import type { ReturnFacts } from '../../cme-cases/cme-referral-rule';
import type { AbsenceNoticeDto, AdmissionReturnDto, DeletionReturnDto, SicknessNoticeDto } from '../school-return.dtos';
import type { SchoolReturnKind } from '../school-return.entity';
import type { SchoolReturnDto } from '../pupil.dto';

export type SchoolReturnBody =
  | { kind: 'DELETION'; body: DeletionReturnDto }
  | { kind: 'ADMISSION'; body: AdmissionReturnDto }
  | { kind: 'ABSENCE'; body: AbsenceNoticeDto }
  | { kind: 'SICKNESS'; body: SicknessNoticeDto };

/** The day a return says the child stopped being, or started being, on a school's roll. */
const eventDateOf = (r: SchoolReturnBody): { field: string; date: string } => {
  switch (r.kind) {
    case 'DELETION':
      return { field: 'deletionDate', date: r.body.deletionDate };
    case 'ADMISSION':
      return { field: 'admissionDate', date: r.body.admissionDate };
    default:
      return { field: 'absenceStart', date: r.body.absenceStart };
  }
};

/** Rules across fields and against today, which field decorators cannot see. */
function problemsOf(r: SchoolReturnBody, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { pupil } = r.body;
  if (pupil.dateOfBirth > today) problems.push({ field: 'pupil.dateOfBirth', reason: 'pupil.dateOfBirth is in the future' });
  if (!r.body.parents.some((p) => p.livesWithPupil)) problems.push({ field: 'parents', reason: 'name the parent the pupil normally lives with (livesWithPupil: true)' });
  const event = eventDateOf(r);
  if (event.date < pupil.dateOfBirth) problems.push({ field: event.field, reason: `${event.field} is before the pupil was born` });
  // A deletion return may be sent ahead of the deletion; the other returns report what has happened.
  if (r.kind !== 'DELETION' && event.date > today) problems.push({ field: event.field, reason: `${event.field} is in the future` });
  if (r.kind === 'DELETION') {
    const { ground, absenceStart, deletionDate } = r.body;
    if (ground.reason === 'CONTINUOUS_ABSENCE_20_DAYS' && absenceStart === undefined) {
      problems.push({ field: 'absenceStart', reason: 'absenceStart is required for a deletion on the 20-day ground' });
    }
    if (absenceStart !== undefined && absenceStart > deletionDate) problems.push({ field: 'absenceStart', reason: 'absenceStart is after deletionDate' });
    if (absenceStart !== undefined && absenceStart > today) problems.push({ field: 'absenceStart', reason: 'absenceStart is in the future' });
  }
  return problems;
}

function factsOf(r: SchoolReturnBody): ReturnFacts {
  switch (r.kind) {
    case 'DELETION':
      return { kind: 'DELETION', reason: r.body.ground.reason, deletionDate: r.body.deletionDate, absenceStart: r.body.absenceStart, destinationSchoolKnown: r.body.destinationSchool !== undefined };
    case 'ADMISSION':
      return { kind: 'ADMISSION', admissionDate: r.body.admissionDate };
    default:
      return { kind: r.kind, absenceStart: r.body.absenceStart };
  }
}

/** A validated return from one school, as the use case receives it. */
export class ReceiveSchoolReturnCommand {
  private constructor(
    readonly urn: string,
    readonly kind: SchoolReturnKind,
    readonly body: SchoolReturnDto,
    readonly facts: ReturnFacts,
    readonly correlationId: string,
    readonly receivedAt: Date,
  ) {}

  static create(input: { urn: string; schoolReturn: SchoolReturnBody; correlationId: string; now: Date; today: string }): ReceiveSchoolReturnCommand {
    const problems = problemsOf(input.schoolReturn, input.today);
    if (problems.length > 0) throw validationFailed(problems);
    const r = input.schoolReturn;
    return new ReceiveSchoolReturnCommand(input.urn, r.kind, r.body, factsOf(r), input.correlationId, input.now);
  }
}
