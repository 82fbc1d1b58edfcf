import { validationFailed } from '@homeward/platform';
import { SignInDto } from './sign-in.dto';

/** Someone at the sign-in page with a username and password. Usernames are matched lower-case. */
export class SignInWithPasswordCommand {
  private constructor(
    readonly username: string,
    readonly password: string,
    readonly correlationId: string,
  ) {}

  static create(input: { credentials: SignInDto; correlationId: string }): SignInWithPasswordCommand {
    const { username, password } = input.credentials;
    const problems = [
      ...(typeof username === 'string' && username.trim() ? [] : [{ field: 'username', reason: 'username should not be empty' }]),
      ...(typeof password === 'string' && password ? [] : [{ field: 'password', reason: 'password should not be empty' }]),
    ];
    if (problems.length > 0) throw validationFailed(problems);
    return new SignInWithPasswordCommand(username.trim().toLowerCase(), password, input.correlationId);
  }
}
