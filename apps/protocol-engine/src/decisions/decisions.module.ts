import { Module } from '@nestjs/common';
import { ProtocolVersionsModule } from '../protocol-versions/protocol-versions.module';
import { TimerAlarmsModule } from '../timers/timer-alarms.module';
import { DecideOnNotification, NotificationReceivedHandler } from './decide-on-notification';
import { DecisionsController } from './decisions.controller';
import { ListDecisions } from './list-decisions';
import { ProtocolMetrics } from './protocol-metrics';
import { RecordDecision } from './record-decision';

@Module({
  imports: [ProtocolVersionsModule, TimerAlarmsModule],
  controllers: [DecisionsController],
  providers: [RecordDecision, ProtocolMetrics, DecideOnNotification, NotificationReceivedHandler, ListDecisions],
  exports: [RecordDecision, ProtocolMetrics],
})
export class DecisionsModule {}
