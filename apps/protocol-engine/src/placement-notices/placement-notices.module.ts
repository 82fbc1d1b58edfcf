import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { RecordViewsModule } from '../record-views/record-views.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { ListPlacementNotices } from './list-placement-notices';
import { PlacementNoticesController } from './placement-notices.controller';
import { RecordPlacementNotice, RecordPlacementNoticeConsumer } from './record-placement-notice';

@Module({
  imports: [ChildrenModule, StaffAuthModule, RecordViewsModule],
  controllers: [PlacementNoticesController],
  providers: [RecordPlacementNotice, RecordPlacementNoticeConsumer, ListPlacementNotices],
})
export class PlacementNoticesModule {}
