/** Someone signing in with the password the staff directory holds for them. */
export class SignInWithPasswordCommand {
  private constructor(
    readonly username: string,
    readonly password: string,
  ) {}

  static create(username: string, password: string): SignInWithPasswordCommand {
    if (!username || !password) throw new Error('a username and a password are both needed');
    return new SignInWithPasswordCommand(username, password);
  }
}
