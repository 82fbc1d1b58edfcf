import type { MeetingList } from '@homeward/contracts';
import { Correlation, validationFailed, type FieldProblem, type StaffIdentity } from '@homeward/platform';

/** Why a manager takes a child off a list: a code, so the published event carries no free text. */
export const RemovalReasons = ['RISK_REDUCED', 'MOVED_OUT_OF_AREA', 'SUPPORTED_ELSEWHERE', 'LISTED_IN_ERROR', 'OTHER'] as const;
export type RemovalReason = (typeof RemovalReasons)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOTE_MAX = 1000;

/** A manager takes a child off a meeting list, with a reason (and, for OTHER, a note saying what). */
export class RemoveFromListCommand {
  private constructor(
    readonly list: MeetingList,
    readonly childId: string,
    readonly reason: RemovalReason,
    readonly note: string | undefined,
    readonly actor: StaffIdentity,
    readonly correlationId: string,
  ) {}

  static create(input: { list: MeetingList; childId?: unknown; reason?: unknown; note?: unknown; actor: StaffIdentity }): RemoveFromListCommand {
    const problems: FieldProblem[] = [];
    if (typeof input.childId !== 'string' || !UUID.test(input.childId)) problems.push({ field: 'childId', reason: 'childId must be a UUID' });
    if (!RemovalReasons.includes(input.reason as RemovalReason)) problems.push({ field: 'reason', reason: `reason must be one of ${RemovalReasons.join(', ')}` });
    const note = typeof input.note === 'string' ? input.note.trim() : undefined;
    if (input.note !== undefined && (typeof input.note !== 'string' || (note ?? '').length > NOTE_MAX)) problems.push({ field: 'note', reason: `note must be text of at most ${NOTE_MAX} characters` });
    if (input.reason === 'OTHER' && !note) problems.push({ field: 'note', reason: 'a removal for OTHER reasons needs a note saying what' });
    if (problems.length > 0) throw validationFailed(problems);
    return new RemoveFromListCommand(input.list, input.childId as string, input.reason as RemovalReason, note || undefined, input.actor, Correlation.currentOrNew());
  }
}
