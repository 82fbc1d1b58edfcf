import { WakeUpsModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { RecordViewsModule } from '../record-views/record-views.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { ListMeetingList } from './list-meeting-list';
import { MeetingLists } from './meeting-lists';
import { MeetingListsController } from './meeting-lists.controller';
import { RemoveFromList } from './remove-from-list';
import { MeetingListReviewHandler, ReviewListing } from './review-listing';

/** The meeting lists: kept by each decision (MeetingLists, exported for the decision log), read and managed by staff, reviewed when a listing's until passes. */
@Module({
  imports: [WakeUpsModule, RecordViewsModule, StaffAuthModule],
  controllers: [MeetingListsController],
  providers: [MeetingLists, ListMeetingList, RemoveFromList, ReviewListing, MeetingListReviewHandler],
  exports: [MeetingLists],
})
export class MeetingListsModule {}
