import { assertUsername, passwordProblem } from '../create-officer';

/** A new password for an officer (ops, through the CLI). */
export class SetOfficerPasswordCommand {
  private constructor(
    readonly username: string,
    readonly password: string,
  ) {}

  static create(input: { username?: string; password?: string }): SetOfficerPasswordCommand {
    assertUsername(input.username);
    if (input.password === undefined) throw new Error('a password is required (on stdin)');
    const problem = passwordProblem(input.password);
    if (problem) throw new Error(problem);
    return new SetOfficerPasswordCommand(input.username, input.password);
  }
}
