import { Clock } from '@homeward/contracts';
import { StaffTokenRejected, StaffTokens } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, FindOptionsWhere, IsNull } from 'typeorm';
import { ComplianceTrackerConfig } from '../../compliance-tracker.config';
import { hashOfficerKey, isWellFormedOfficerKey } from '../officer-key';
import { Officer, OfficerRole } from '../officer.entity';

export interface AuthenticatedOfficer {
  id: string;
  username: string;
  role: OfficerRole;
  /** The person's name for pages; personal data, never logged. */
  displayName?: string;
}

/**
 * Resolves a bearer credential to its officer: an officer key (`hwo_...`), or a staff token this
 * directory signed. Null for anything missing, malformed, unknown, expired or disabled. A token
 * is only as good as its officer now: a disabled officer's token opens nothing here, and the
 * role is the directory's current one, not the one the token was signed with.
 */
@Injectable()
export class AuthenticateOfficer {
  private readonly tokens: StaffTokens;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    config: ComplianceTrackerConfig,
  ) {
    this.tokens = new StaffTokens(config.staffTokenSecret);
  }

  async execute(credential: string | undefined): Promise<AuthenticatedOfficer | null> {
    if (!credential) return null;
    const where = isWellFormedOfficerKey(credential) ? { keyHash: hashOfficerKey(credential) } : this.tokenHolder(credential);
    if (!where) return null;
    const officer = await this.dataSource.getRepository(Officer).findOne({ where: { ...where, disabledAt: IsNull() } });
    return officer ? { id: officer.id, username: officer.username, role: officer.role, displayName: officer.displayName } : null;
  }

  private tokenHolder(token: string): FindOptionsWhere<Officer> | null {
    try {
      return { username: this.tokens.verify(token, this.clock.now()).staffId };
    } catch (error) {
      if (error instanceof StaffTokenRejected) return null;
      throw error;
    }
  }
}
