import { validationFailed } from '@homeward/platform';
import { OidcSignInDto } from './oidc-sign-in.dto';

/** Someone the council's identity provider has just signed in, with the ID token it gave staff-web. */
export class SignInWithOidcCommand {
  private constructor(
    readonly idToken: string,
    readonly correlationId: string,
  ) {}

  static create(input: { body: OidcSignInDto; correlationId: string }): SignInWithOidcCommand {
    if (typeof input.body.idToken !== 'string' || !input.body.idToken) throw validationFailed([{ field: 'idToken', reason: 'idToken should not be empty' }]);
    return new SignInWithOidcCommand(input.body.idToken, input.correlationId);
  }
}
