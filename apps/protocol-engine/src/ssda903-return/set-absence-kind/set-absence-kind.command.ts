import { Correlation, validationFailed, type FieldProblem, type StaffIdentity } from '@homeward/platform';
import { type AbsenceKind, AbsenceKinds } from '../absence-kind';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Staff say whether an episode was missing (M) or away from placement without authorisation (A), for the 903 return. */
export class SetAbsenceKindCommand {
  private constructor(
    readonly episodeId: string,
    readonly kind: AbsenceKind,
    readonly actor: StaffIdentity,
    readonly correlationId: string,
  ) {}

  static create(input: { episodeId?: unknown; kind?: unknown; actor: StaffIdentity }): SetAbsenceKindCommand {
    const problems: FieldProblem[] = [];
    if (typeof input.episodeId !== 'string' || !UUID.test(input.episodeId)) problems.push({ field: 'id', reason: 'id must be an episode id (a UUID)' });
    if (!AbsenceKinds.includes(input.kind as AbsenceKind)) problems.push({ field: 'kind', reason: 'kind must be M (missing) or A (away from placement without authorisation)' });
    if (problems.length > 0) throw validationFailed(problems);
    return new SetAbsenceKindCommand(input.episodeId as string, input.kind as AbsenceKind, input.actor, Correlation.currentOrNew());
  }
}
