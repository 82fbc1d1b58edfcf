import { Clock } from '@homeward/contracts';
import { StaffTokens } from '@homeward/platform';
import { Injectable, Logger } from '@nestjs/common';
import { ComplianceTrackerConfig } from '../../compliance-tracker.config';
import { IssueStaffTokenCommand } from './issue-staff-token.command';
import { StaffTokenView } from './staff-token.view';

/**
 * The staff directory vouches for an officer who has just shown a key, a password, an ID token
 * or a token of ours: a short-lived token other services verify with the shared secret, so they
 * need neither the officer's credentials nor this service's tables. A disabled officer gets no
 * new token; one already issued lasts at other services until it expires
 * (STAFF_TOKEN_TTL_SECONDS), and here not at all.
 */
@Injectable()
export class IssueStaffToken {
  private readonly logger = new Logger('IssueStaffToken');
  private readonly tokens: StaffTokens;

  constructor(
    private readonly config: ComplianceTrackerConfig,
    private readonly clock: Clock,
  ) {
    this.tokens = new StaffTokens(config.staffTokenSecret);
  }

  execute(command: IssueStaffTokenCommand): StaffTokenView {
    const { username, role, displayName } = command.actor;
    const { token, expiresAt } = this.tokens.sign({ staffId: username, role }, { now: this.clock.now(), ttlSeconds: this.config.staffTokenTtlSeconds });
    this.logger.log({ username, role, expiresAt }, 'staff token issued');
    return { token, expiresAt: expiresAt.toISOString(), officer: { username, role, displayName: displayName ?? username } };
  }
}
