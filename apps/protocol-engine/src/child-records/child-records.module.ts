import { Module } from '@nestjs/common';
import { DecisionsModule } from '../decisions/decisions.module';
import { ProtocolVersionsModule } from '../protocol-versions/protocol-versions.module';
import { RecordViewsModule } from '../record-views/record-views.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { ChildRecordsController } from './child-records.controller';
import { ChildSummaries } from './child-summaries';
import { GetChildRecord } from './get-child-record';
import { ListChildren } from './list-children';
import { SearchChildren } from './search-children';

@Module({
  imports: [DecisionsModule, ProtocolVersionsModule, RecordViewsModule, StaffAuthModule],
  controllers: [ChildRecordsController],
  providers: [ChildSummaries, ListChildren, SearchChildren, GetChildRecord],
})
export class ChildRecordsModule {}
