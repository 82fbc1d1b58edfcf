import { safeReturnTo } from '../../auth/public-paths';

/** Someone choosing "Sign in with your council account", and the page to go back to after. */
export class BeginOidcSignInCommand {
  private constructor(readonly returnTo: string) {}

  static create(returnTo: unknown): BeginOidcSignInCommand {
    return new BeginOidcSignInCommand(safeReturnTo(returnTo));
  }
}
