import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ComplianceTrackerConfig } from '../compliance-tracker.config';
import { CreateOfficer, CreateOfficerCommand } from './create-officer';
import { hashOfficerKey } from './officer-key';
import type { LadderRole, OfficerRole } from './officer.entity';

/** Development only: everyone signs in with this. Never seeded in test or production. */
export const DEV_PASSWORD = 'homeward-dev-password';

/**
 * The development staff, one of each kind of user, so every page can be tried at once; the
 * team manager and the service manager hold the escalation ladder, so escalations name them.
 */
export const DEV_OFFICERS: readonly { username: string; role: OfficerRole; displayName: string; ladderRole?: LadderRole }[] = [
  { username: 'cmo', role: 'CMO', displayName: 'Casey Morgan' },
  { username: 'cover', role: 'CMO', displayName: 'Rowan Patel' },
  { username: 'manager', role: 'MANAGER', displayName: 'Jordan Lee', ladderRole: 'TEAM_MANAGER' },
  { username: 'reader', role: 'READ_ONLY', displayName: 'Sam Taylor' },
  { username: 'admin', role: 'PROTOCOL_ADMIN', displayName: 'Pat Quinn' },
  { username: 'service-manager', role: 'MANAGER', displayName: 'Alex Rahman', ladderRole: 'SERVICE_MANAGER' },
];
/** The CMO who also keeps DEV_OFFICER_KEY, for the curl walkthrough. */
export const DEV_OFFICER_USERNAME = 'cmo';
/** Development only: the CMO's key the README's walkthrough uses; production refuses to start holding it. */
export const DEV_OFFICER_KEY = 'hwo_dev_cmo_local_only';

/**
 * Only when `npm start` asks (SEED_DEVELOPMENT_STAFF, refused outside NODE_ENV=development): the
 * development staff with DEV_PASSWORD, and the CMO with the documented DEV_OFFICER_KEY, so the
 * local walkthrough and staff-web need no ops step. Each start sets them again as listed: idempotent.
 * Provided by the app module, not the staff directory's, so the officers CLI never seeds.
 */
@Injectable()
export class DevOfficerSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger('DevOfficerSeed');

  constructor(
    private readonly config: ComplianceTrackerConfig,
    private readonly createOfficer: CreateOfficer,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDevelopmentStaff) return;
    await this.seed();
    this.logger.log({ usernames: DEV_OFFICERS.map((o) => o.username) }, 'development staff ready (password homeward-dev-password; cmo also has DEV_OFFICER_KEY)');
  }

  async seed(): Promise<void> {
    // Before the five had names the key belonged to `dev-cmo`: hand it over rather than clash on it.
    await this.dataSource.query(`UPDATE officers SET key_hash = NULL, key_prefix = NULL WHERE key_hash = $1 AND username <> $2`, [
      hashOfficerKey(DEV_OFFICER_KEY),
      DEV_OFFICER_USERNAME,
    ]);
    for (const officer of DEV_OFFICERS) {
      const key = officer.username === DEV_OFFICER_USERNAME ? DEV_OFFICER_KEY : 'none';
      await this.createOfficer.execute(CreateOfficerCommand.create({ ...officer, key, password: DEV_PASSWORD }));
    }
  }
}
