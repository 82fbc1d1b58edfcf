import { Module } from '@nestjs/common';
import { ChildrenController } from './children.controller';
import { FindMergeCandidates, MergeChildRecords, ShowMergeConfirmation } from './merge-children';
import { MergeController } from './merge-children/merge.controller';
import { RecordPlacementNotice, ShowPlacementNoticeForm } from './record-placement-notice';
import { PlacementNoticeController } from './record-placement-notice/placement-notice.controller';
import { SearchChildren } from './search-children';
import { SetAllocatedWorker, ShowAllocatedWorkerForm } from './set-allocated-worker';
import { AllocatedWorkerController } from './set-allocated-worker/allocated-worker.controller';
import { ShowChildRecord } from './show-child-record';

@Module({
  controllers: [ChildrenController, AllocatedWorkerController, PlacementNoticeController, MergeController],
  providers: [
    SearchChildren,
    ShowChildRecord,
    ShowAllocatedWorkerForm,
    SetAllocatedWorker,
    ShowPlacementNoticeForm,
    RecordPlacementNotice,
    FindMergeCandidates,
    ShowMergeConfirmation,
    MergeChildRecords,
  ],
})
export class ChildrenModule {}
