import { Module } from '@nestjs/common';
import { AuthenticateSchool, SchoolAuthGuard } from './authenticate-school';
import { ListSchoolKeys } from './list-school-keys';
import { RegisterSchool } from './register-school';
import { RevokeSchoolKey } from './revoke-school-key';

@Module({
  providers: [AuthenticateSchool, SchoolAuthGuard, RegisterSchool, RevokeSchoolKey, ListSchoolKeys],
  exports: [AuthenticateSchool, SchoolAuthGuard, RegisterSchool, RevokeSchoolKey, ListSchoolKeys],
})
export class SchoolsModule {}
