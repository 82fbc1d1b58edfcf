import { Module } from '@nestjs/common';
import { AuthenticateOfficer, StaffAuthGuard } from './authenticate-officer';
import { CreateOfficer } from './create-officer';
import { DevOfficerSeed } from './dev-officer.seed';
import { IssueStaffToken } from './issue-staff-token';
import { StaffTokenController } from './staff-token.controller';

@Module({
  controllers: [StaffTokenController],
  providers: [AuthenticateOfficer, StaffAuthGuard, CreateOfficer, DevOfficerSeed, IssueStaffToken],
  exports: [AuthenticateOfficer, StaffAuthGuard, CreateOfficer],
})
export class StaffAuthModule {}
