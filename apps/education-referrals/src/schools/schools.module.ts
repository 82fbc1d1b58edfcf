import { Module } from '@nestjs/common';
import { AuthenticateSchool, SchoolAuthGuard } from './authenticate-school';
import { ListSchoolKeys } from './list-school-keys';
import { RegisterSchool } from './register-school';
import { RevokeSchoolKey } from './revoke-school-key';
import { SchoolsController } from './schools.controller';
import { ShowOwnSchool } from './show-own-school';

@Module({
  controllers: [SchoolsController],
  providers: [AuthenticateSchool, SchoolAuthGuard, RegisterSchool, RevokeSchoolKey, ListSchoolKeys, ShowOwnSchool],
  exports: [AuthenticateSchool, SchoolAuthGuard, RegisterSchool, RevokeSchoolKey, ListSchoolKeys],
})
export class SchoolsModule {}
