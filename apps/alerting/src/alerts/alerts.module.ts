import { WakeUpsModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { StaffDirectoryModule } from '../staff-directory/staff-directory.module';
import { AcknowledgeAlert } from './acknowledge-alert';
import { AlertsController } from './alerts.controller';
import { EscalateUnacknowledgedAlert, EscalationWakeUpHandler } from './escalate-unacknowledged-alert';
import { GetAlert } from './get-alert';
import { ListAlerts } from './list-alerts';
import { OpenAlertStream, StreamSlots } from './open-alert-stream';
import { AlertRaiser } from './raise-alerts';
import { RaiseAlertsForDecision, RaiseAlertsForDecisionConsumer } from './raise-alerts-for-decision';
import { RaiseAlertsForTaskDeadline, RaiseAlertsForTaskDeadlineConsumer } from './raise-alerts-for-task-deadline';

@Module({
  imports: [DeliveryModule, StaffAuthModule, WakeUpsModule, StaffDirectoryModule],
  controllers: [AlertsController],
  providers: [
    AlertRaiser,
    RaiseAlertsForDecision,
    RaiseAlertsForDecisionConsumer,
    RaiseAlertsForTaskDeadline,
    RaiseAlertsForTaskDeadlineConsumer,
    ListAlerts,
    OpenAlertStream,
    StreamSlots,
    GetAlert,
    AcknowledgeAlert,
    EscalateUnacknowledgedAlert,
    EscalationWakeUpHandler,
  ],
})
export class AlertsModule {}
