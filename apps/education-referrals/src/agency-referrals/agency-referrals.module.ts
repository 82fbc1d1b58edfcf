import { RequireJson, staffTokenGuardProviders } from '@homeward/platform';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { CmeCasesModule } from '../cme-cases/cme-cases.module';
import { EducationConfig } from '../education.config';
import { AgencyReferralsController } from './agency-referrals.controller';
import { RecordAgencyReferral } from './record-agency-referral';

@Module({
  imports: [CmeCasesModule],
  controllers: [AgencyReferralsController],
  providers: [RecordAgencyReferral, ...staffTokenGuardProviders(EducationConfig)],
})
export class AgencyReferralsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequireJson).forRoutes(AgencyReferralsController);
  }
}
