import { staffTokenGuardProviders } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { EducationConfig } from '../education.config';
import { CaseViews } from './case-views';
import { CloseOpenCase } from './close-open-case';
import { CmeCasesController } from './cme-cases.controller';
import { GetCmeCase } from './get-cme-case';
import { ListCmeCases } from './list-cme-cases';
import { OpenOrJoinCase } from './open-or-join-case';

@Module({
  controllers: [CmeCasesController],
  providers: [OpenOrJoinCase, CloseOpenCase, CaseViews, ListCmeCases, GetCmeCase, ...staffTokenGuardProviders(EducationConfig)],
  exports: [OpenOrJoinCase, CloseOpenCase],
})
export class CmeCasesModule {}
