import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ComplianceTrackerConfig } from '../compliance-tracker.config';
import { CreateOfficer, CreateOfficerCommand } from './create-officer';

export const DEV_OFFICER_USERNAME = 'dev-cmo';

/** In development only: a CMO with the documented DEV_OFFICER_KEY, so the local walkthrough needs no ops step. */
@Injectable()
export class DevOfficerSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger('DevOfficerSeed');

  constructor(
    private readonly config: ComplianceTrackerConfig,
    private readonly createOfficer: CreateOfficer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.nodeEnv !== 'development') return;
    await this.createOfficer.execute(CreateOfficerCommand.create({ username: DEV_OFFICER_USERNAME, role: 'CMO', key: this.config.devOfficerKey }));
    this.logger.log({ username: DEV_OFFICER_USERNAME }, 'development CMO credential ready (DEV_OFFICER_KEY)');
  }
}
