import { staffTokenGuardProviders } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { EducationConfig } from '../education.config';
import { CaseViews } from './case-views';
import { CloseCase } from './close-case';
import { CmeCasesController } from './cme-cases.controller';
import { GetCmeCase } from './get-cme-case';
import { ListCmeCases } from './list-cme-cases';
import { DeletionAnswers } from './deletion-answer';
import { EraseCase } from './erase-case';
import { OpenOrJoinCase } from './open-or-join-case';
import { RecordEnquiry } from './record-enquiry';
import { RecordOutcome } from './record-outcome';

@Module({
  controllers: [CmeCasesController],
  providers: [OpenOrJoinCase, CloseCase, EraseCase, CaseViews, DeletionAnswers, ListCmeCases, GetCmeCase, RecordEnquiry, RecordOutcome, ...staffTokenGuardProviders(EducationConfig)],
  exports: [OpenOrJoinCase, CloseCase, DeletionAnswers, EraseCase],
})
export class CmeCasesModule {}
