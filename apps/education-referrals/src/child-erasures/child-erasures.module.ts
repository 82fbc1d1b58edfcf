import { Module } from '@nestjs/common';
import { CmeCasesModule } from '../cme-cases/cme-cases.module';
import { ChildErasuresConsumer, EraseChildCases } from './erase-child-cases';

@Module({
  imports: [CmeCasesModule],
  providers: [EraseChildCases, ChildErasuresConsumer],
})
export class ChildErasuresModule {}
