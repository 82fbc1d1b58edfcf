import { Module } from '@nestjs/common';
import { MeetingListsController } from './meeting-lists.controller';
import { FindOnMeetingList, RemoveFromList } from './remove-from-list';
import { ShowMeetingList } from './show-meeting-list';

@Module({
  controllers: [MeetingListsController],
  providers: [ShowMeetingList, FindOnMeetingList, RemoveFromList],
})
export class MeetingListsModule {}
