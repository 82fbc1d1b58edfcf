const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** compliance-tracker's staff usernames: the DPO's request is carried out under a named member of staff. */
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;
const REASON_MAX = 200;

/**
 * One child's personal data to erase, on a data protection request. `reason` is the DPO's
 * reference (a case number), kept in the audit: it must not itself name the child.
 */
export class EraseChildCommand {
  private constructor(
    readonly childId: string,
    readonly requestedBy: string,
    readonly reason: string,
    readonly correlationId: string,
  ) {}

  static create(input: { childId?: string; requestedBy?: string; reason?: string; correlationId: string }): EraseChildCommand {
    if (!input.childId || !UUID.test(input.childId)) throw new Error('--child must be a child id (a UUID)');
    if (!input.requestedBy || !USERNAME.test(input.requestedBy)) throw new Error('--requested-by must be a staff username (2-64 lower-case letters, digits, ".", "_" or "-")');
    const reason = input.reason?.trim() ?? '';
    if (reason.length === 0 || reason.length > REASON_MAX) throw new Error(`--reason must be the DPO's reference, 1-${REASON_MAX} characters`);
    return new EraseChildCommand(input.childId.toLowerCase(), input.requestedBy, reason, input.correlationId);
  }
}
