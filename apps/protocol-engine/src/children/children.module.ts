import { Module } from '@nestjs/common';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { ChildCorrections } from './child-corrections';
import { ChildMatcher } from './child-matcher';
import { ChildMerger } from './child-merger';
import { ChildMergesController } from './child-merges.controller';
import { ListChildChanges, MergeChildren } from './merge-children';

@Module({
  imports: [StaffAuthModule],
  controllers: [ChildMergesController],
  providers: [ChildMatcher, ChildCorrections, ChildMerger, MergeChildren, ListChildChanges],
  exports: [ChildMatcher, ChildCorrections],
})
export class ChildrenModule {}
