import { OfficerRole, OfficerRoles } from '../officer.entity';
import { isWellFormedOfficerKey } from '../officer-key';

/** A new officer credential; `key` is given only for the development seed, otherwise one is generated. */
export class CreateOfficerCommand {
  private constructor(
    readonly username: string,
    readonly role: OfficerRole,
    readonly key: string | undefined,
  ) {}

  static create(input: { username?: string; role?: string; key?: string }): CreateOfficerCommand {
    if (!input.username || !/^[a-z0-9][a-z0-9._-]{1,63}$/.test(input.username)) throw new Error('username must be 2-64 lower-case letters, digits, ".", "_" or "-"');
    if (!OfficerRoles.includes(input.role as OfficerRole)) throw new Error(`role must be one of ${OfficerRoles.join(', ')}`);
    if (input.key !== undefined && !isWellFormedOfficerKey(input.key)) throw new Error('key must look like hwo_<8-64 letters, digits, "_" or "-">');
    return new CreateOfficerCommand(input.username, input.role as OfficerRole, input.key);
  }
}
