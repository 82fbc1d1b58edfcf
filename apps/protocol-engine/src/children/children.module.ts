import { Module } from '@nestjs/common';
import { RecordViewsModule } from '../record-views/record-views.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { ChildCorrections } from './child-corrections';
import { ChildMatcher } from './child-matcher';
import { ChildMerger } from './child-merger';
import { ChildMergesController } from './child-merges.controller';
import { ListChildChanges, MergeChildren } from './merge-children';

@Module({
  imports: [StaffAuthModule, RecordViewsModule],
  controllers: [ChildMergesController],
  providers: [ChildMatcher, ChildCorrections, ChildMerger, MergeChildren, ListChildChanges],
  exports: [ChildMatcher, ChildCorrections],
})
export class ChildrenModule {}
