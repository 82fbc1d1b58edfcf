import { Clock } from '@homeward/contracts';
import { UnitOfWork } from '@homeward/platform';
import { ForbiddenException, Injectable, Logger, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ComplianceTrackerConfig } from '../../compliance-tracker.config';
import { OfficerAnnouncer } from '../officer-announcer';
import { IssueStaffToken, IssueStaffTokenCommand, StaffTokenView } from '../issue-staff-token';
import { IdTokenRefused, IdTokenVerifier } from './id-token-verifier';
import { oidcIdentity } from './oidc-identity';
import { SignInWithOidcCommand } from './sign-in-with-oidc.command';

const refused = (message: string) => new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message });

/**
 * Sign-in through the council's identity provider. The provider is the authority on who the
 * person is and which groups they are in: the officer is created on first sign-in (no key, no
 * password) and their name and role are taken from the token every time, so a move between
 * teams there is a change of role here at the next sign-in. Disabling here still wins.
 */
@Injectable()
export class SignInWithOidc {
  private readonly logger = new Logger('SignInWithOidc');

  constructor(
    private readonly config: ComplianceTrackerConfig,
    private readonly verifier: IdTokenVerifier,
    private readonly unitOfWork: UnitOfWork,
    private readonly announcer: OfficerAnnouncer,
    private readonly clock: Clock,
    private readonly issueStaffToken: IssueStaffToken,
  ) {}

  async execute(command: SignInWithOidcCommand): Promise<StaffTokenView> {
    if (!this.config.oidcIssuerUrl) {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'sign-in through an identity provider is not set up here (OIDC_ISSUER_URL)' });
    }
    const claims = await this.verifier.verify(command.idToken).catch((error: unknown) => {
      if (!(error instanceof IdTokenRefused)) throw error;
      this.logger.log({ reason: error.message }, 'ID token refused');
      throw refused('the ID token is not valid here');
    });
    const identity = oidcIdentity(claims, { usernameClaim: this.config.oidcUsernameClaim, roleClaim: this.config.oidcRoleClaim, roleMap: this.config.oidcRoleMap });
    if (!identity.ok && identity.refusal === 'no-username') throw refused(`the ID token has no usable username in its ${this.config.oidcUsernameClaim} claim`);
    if (!identity.ok) {
      this.logger.log({ username: claims[this.config.oidcUsernameClaim] }, 'identity-provider sign-in refused: no mapped role');
      throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: `none of your groups (the ${this.config.oidcRoleClaim} claim) gives a Homeward role` });
    }
    const officer = await this.unitOfWork.run(async (em) => {
      // A manager moved out of MANAGER there gives up any rung of the escalation ladder here.
      const [row] = (await em.query(
        `INSERT INTO officers (id, username, display_name, role) VALUES ($1, $2, $3, $4)
         ON CONFLICT (username) DO UPDATE SET display_name = EXCLUDED.display_name, role = EXCLUDED.role,
           ladder_role = CASE WHEN EXCLUDED.role = 'MANAGER' THEN officers.ladder_role END
         RETURNING id, disabled_at AS "disabledAt"`,
        [randomUUID(), identity.username, identity.displayName, identity.role],
      )) as { id: string; disabledAt: Date | null }[];
      await this.announcer.announce(em, [identity.username], this.clock.now());
      return row;
    });
    if (officer.disabledAt) {
      this.logger.log({ username: identity.username }, 'identity-provider sign-in refused: officer disabled');
      throw refused('this officer is disabled in the staff directory');
    }
    this.logger.log({ username: identity.username, role: identity.role }, 'officer signed in through the identity provider');
    const { username, role, displayName } = identity;
    return this.issueStaffToken.execute(IssueStaffTokenCommand.create({ actor: { id: officer.id, username, role, displayName }, correlationId: command.correlationId }));
  }
}
