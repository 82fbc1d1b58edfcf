import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { AcknowledgeAlert } from './acknowledge-alert';
import { AlertsController } from './alerts.controller';
import { EscalateUnacknowledgedAlert, EscalationAlarms, EscalationProcessor } from './escalate-unacknowledged-alert';
import { GetAlert } from './get-alert';
import { ListAlerts } from './list-alerts';
import { AlertDispatcher, AlertRaiser } from './raise-alerts';
import { RaiseAlertsForDecisionConsumer, RaiseAlertsForDecision } from './raise-alerts-for-decision';
import { RaiseAlertsForTaskDeadline, RaiseAlertsForTaskDeadlineConsumer } from './raise-alerts-for-task-deadline';

@Module({
  imports: [DeliveryModule, StaffAuthModule],
  controllers: [AlertsController],
  providers: [
    AlertRaiser,
    AlertDispatcher,
    EscalationAlarms,
    RaiseAlertsForDecision,
    RaiseAlertsForDecisionConsumer,
    RaiseAlertsForTaskDeadline,
    RaiseAlertsForTaskDeadlineConsumer,
    ListAlerts,
    GetAlert,
    AcknowledgeAlert,
    EscalateUnacknowledgedAlert,
    EscalationProcessor,
  ],
  exports: [EscalateUnacknowledgedAlert],
})
export class AlertsModule {}
