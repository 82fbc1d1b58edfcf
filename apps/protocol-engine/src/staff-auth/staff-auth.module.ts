import { staffTokenGuardProviders, StaffTokenGuard, StaffTokenSecret } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { ProtocolEngineConfig } from '../protocol-engine.config';

/** The platform's staff-token guard, verifying with this service's STAFF_TOKEN_SECRET. */
@Module({
  providers: staffTokenGuardProviders(ProtocolEngineConfig),
  exports: [StaffTokenGuard, StaffTokenSecret],
})
export class StaffAuthModule {}
