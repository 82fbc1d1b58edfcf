import { validateProfile, type ProtocolProfile } from '@homeward/protocol';
import { FieldProblem, validationFailed } from '@homeward/platform';
import { profileProblems } from '../../protocol-versions/create-draft-version';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Bounds one replay's cost: a year of a county's notifications. */
export const MAX_RANGE_DAYS = 366;

/** A draft (inline profile, or the id of a stored version) to try over the history of [from, to]. */
export class RunWhatIfCommand {
  private constructor(
    readonly draft: { profile: ProtocolProfile } | { versionId: string },
    readonly from: Date,
    readonly to: Date,
  ) {}

  static create(input: { profile: unknown; from: string; to: string }): RunWhatIfCommand {
    const problems: FieldProblem[] = [];
    const [from, to] = [new Date(input.from), new Date(input.to)];
    if (to < from) problems.push({ field: 'to', reason: 'must not be before from' });
    else if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) problems.push({ field: 'to', reason: `the range must be at most ${MAX_RANGE_DAYS} days` });

    let draft: RunWhatIfCommand['draft'] | undefined;
    if (typeof input.profile === 'string') {
      if (UUID.test(input.profile)) draft = { versionId: input.profile };
      else problems.push({ field: 'profile', reason: 'must be a profile object or a protocol version id' });
    } else {
      const checked = validateProfile(input.profile);
      if (checked.ok) draft = { profile: checked.profile };
      else problems.push(...profileProblems(checked.errors));
    }
    if (problems.length > 0 || !draft) throw validationFailed(problems);
    return new RunWhatIfCommand(draft, from, to);
  }
}
