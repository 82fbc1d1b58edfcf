import { staffTokenGuardProviders, StaffTokenGuard, StaffTokenSecret } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { AlertingConfig } from '../alerting.config';

@Module({
  providers: staffTokenGuardProviders(AlertingConfig),
  exports: [StaffTokenGuard, StaffTokenSecret],
})
export class StaffAuthModule {}
