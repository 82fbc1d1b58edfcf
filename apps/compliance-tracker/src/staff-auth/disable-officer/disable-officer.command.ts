import { Clock } from '@homeward/contracts';
import { assertUsername } from '../create-officer';

/** An officer who leaves, or whose access is withdrawn. */
export class DisableOfficerCommand {
  private constructor(
    readonly username: string,
    readonly at: Date,
  ) {}

  static create(input: { username?: string; clock: Clock }): DisableOfficerCommand {
    assertUsername(input.username);
    return new DisableOfficerCommand(input.username, input.clock.now());
  }
}
