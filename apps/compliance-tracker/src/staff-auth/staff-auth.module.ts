import { Module } from '@nestjs/common';
import { AuthenticateOfficer, StaffAuthGuard } from './authenticate-officer';
import { CreateOfficer } from './create-officer';
import { DevOfficerSeed } from './dev-officer.seed';

@Module({
  providers: [AuthenticateOfficer, StaffAuthGuard, CreateOfficer, DevOfficerSeed],
  exports: [AuthenticateOfficer, StaffAuthGuard, CreateOfficer],
})
export class StaffAuthModule {}
