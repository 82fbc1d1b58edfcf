import { LadderRole, LadderRoles, OfficerRole, OfficerRoles } from '../officer.entity';
import { isWellFormedOfficerKey } from '../officer-key';

export const USERNAME_RULE = /^[a-z0-9][a-z0-9._-]{1,63}$/;
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Null when the password may be set; otherwise why not. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `password must be at most ${PASSWORD_MAX_LENGTH} characters`;
  return null;
}

export function assertUsername(username: string | undefined): asserts username is string {
  if (!username || !USERNAME_RULE.test(username)) throw new Error('username must be 2-64 lower-case letters, digits, ".", "_" or "-"');
}

/**
 * A new officer, or new details for an existing username. `key`: `generate` (the default: a
 * fresh key, shown once), a given key (the development seed), or `none` (staff who only sign
 * in; an existing key is kept). `password` and `displayName` are set only when given.
 * `ladderRole`: a manager's rung of the escalation ladder, taken from whoever held it; `none`
 * gives it up; absent keeps it (a role other than MANAGER holds none).
 */
export class CreateOfficerCommand {
  private constructor(
    readonly username: string,
    readonly role: OfficerRole,
    readonly displayName: string | undefined,
    readonly key: 'generate' | 'none' | { given: string },
    readonly password: string | undefined,
    readonly ladderRole: LadderRole | 'none' | undefined,
  ) {}

  static create(input: { username?: string; role?: string; displayName?: string; key?: string | 'none'; password?: string; ladderRole?: string }): CreateOfficerCommand {
    assertUsername(input.username);
    if (!OfficerRoles.includes(input.role as OfficerRole)) throw new Error(`role must be one of ${OfficerRoles.join(', ')}`);
    const displayName = input.displayName?.trim();
    if (displayName !== undefined && (displayName.length === 0 || displayName.length > 100)) throw new Error('display name must be 1-100 characters');
    if (input.key !== undefined && input.key !== 'none' && !isWellFormedOfficerKey(input.key)) throw new Error('key must look like hwo_<8-64 letters, digits, "_" or "-">');
    if (input.ladderRole !== undefined && input.ladderRole !== 'none' && !LadderRoles.includes(input.ladderRole as LadderRole)) {
      throw new Error(`ladder role must be one of ${LadderRoles.join(', ')} or none`);
    }
    if (LadderRoles.includes(input.ladderRole as LadderRole) && input.role !== 'MANAGER') throw new Error('only a MANAGER can be the team or service manager');
    const problem = input.password === undefined ? null : passwordProblem(input.password);
    if (problem) throw new Error(problem);
    const key = input.key === undefined ? 'generate' : input.key === 'none' ? 'none' : { given: input.key };
    return new CreateOfficerCommand(input.username, input.role as OfficerRole, displayName, key, input.password, input.ladderRole as LadderRole | 'none' | undefined);
  }
}
