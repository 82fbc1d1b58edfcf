import { validateProfile, type ProfileProblem, type ProtocolProfile } from '@homeward/protocol';
import { FieldProblem, validationFailed } from '@homeward/platform';

/** Where a profile problem sits, as a field path an admin can find in the JSON they sent. */
function fieldOf(where: string): string {
  if (where === 'profile') return 'profile';
  if (where.startsWith('timers[') || where.startsWith('rules[')) return `profile.${where}`;
  if (where.startsWith('condition:')) return `profile.sharedConditions.${where.slice('condition:'.length)}`;
  return `profile.rules.${where}`;
}

/** The 400 problems for a profile: each names the rule (as a field path) and what is wrong with it. */
export function profileProblems(errors: ProfileProblem[]): FieldProblem[] {
  return errors.map((e) => ({ field: fieldOf(e.rule), reason: `${e.rule}: ${e.problem}` }));
}

/** A new draft protocol version; the profile is checked rule by rule before anything is stored. */
export class CreateDraftVersionCommand {
  private constructor(
    readonly profile: ProtocolProfile,
    readonly actor: string,
  ) {}

  static create(input: { profile: unknown; actor: string }): CreateDraftVersionCommand {
    const result = validateProfile(input.profile);
    if (!result.ok) throw validationFailed(profileProblems(result.errors));
    return new CreateDraftVersionCommand(result.profile, input.actor);
  }
}
