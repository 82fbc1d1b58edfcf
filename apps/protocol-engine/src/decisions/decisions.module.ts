import { WakeUpsModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { ProtocolVersionsModule } from '../protocol-versions/protocol-versions.module';
import { RecordViewsModule } from '../record-views/record-views.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { MeetingListsModule } from '../meeting-lists/meeting-lists.module';
import { EpisodeTimers } from '../timers/store-episode-timers';
import { DecideOnNotification, DecideOnNotificationConsumer } from './decide-on-notification';
import { DecisionsController } from './decisions.controller';
import { DecisionsInWords } from './decisions-in-words';
import { GetDecision } from './get-decision';
import { ListDecisions } from './list-decisions';
import { ProtocolMetrics } from './protocol-metrics';
import { DecisionLog } from './decision-log';

@Module({
  imports: [ProtocolVersionsModule, WakeUpsModule, StaffAuthModule, ChildrenModule, MeetingListsModule, RecordViewsModule],
  controllers: [DecisionsController],
  providers: [DecisionLog, EpisodeTimers, ProtocolMetrics, DecideOnNotification, DecideOnNotificationConsumer, ListDecisions, DecisionsInWords, GetDecision],
  exports: [DecisionLog, ProtocolMetrics, DecisionsInWords],
})
export class DecisionsModule {}
