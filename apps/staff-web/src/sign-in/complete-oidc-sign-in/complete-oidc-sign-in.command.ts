import type { PendingOidcSignIn } from '../../auth/session-user';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * The provider's answer at /sign-in/callback, with the sign-in this session started (if any).
 * `query` is the raw query string, as openid-client reads the parameters itself.
 */
export class CompleteOidcSignInCommand {
  private constructor(
    readonly pending: PendingOidcSignIn | undefined,
    readonly query: string,
    readonly state: string | undefined,
    readonly error: string | undefined,
  ) {}

  static create(input: { pending: PendingOidcSignIn | undefined; query: string; params: Record<string, unknown> }): CompleteOidcSignInCommand {
    return new CompleteOidcSignInCommand(input.pending, input.query, text(input.params.state), text(input.params.error));
  }
}
