import { IntakeExceptionFilter, KafkaModule, OutboxModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AgencyReferralsModule } from './agency-referrals/agency-referrals.module';
import { ChildErasuresModule } from './child-erasures/child-erasures.module';
import { ChildrenNotInSchoolModule } from './children-not-in-school/children-not-in-school.module';
import { CmeCasesModule } from './cme-cases/cme-cases.module';
import { CmeFiguresModule } from './cme-figures/cme-figures.module';
import { EducationPlatformModule } from './education-platform';
import { LocalAuthoritiesModule } from './local-authorities/local-authorities.module';
import { SchoolCalendarModule } from './school-calendar/school-calendar.module';
import { SchoolReturnsModule } from './school-returns/school-returns.module';
import { SchoolsModule } from './schools/schools.module';

@Module({
  imports: [EducationPlatformModule, KafkaModule, OutboxModule, SchoolCalendarModule, LocalAuthoritiesModule, SchoolsModule, SchoolReturnsModule, CmeCasesModule, AgencyReferralsModule, CmeFiguresModule, ChildrenNotInSchoolModule, ChildErasuresModule],
  providers: [{ provide: APP_FILTER, useClass: IntakeExceptionFilter }],
})
export class AppModule {}
