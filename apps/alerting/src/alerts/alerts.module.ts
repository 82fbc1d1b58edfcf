import { Module } from '@nestjs/common';
import { AlertsController } from './alerts.controller';
import { ListAlerts } from './list-alerts';
import { DecisionMadeHandler, RaiseAlertsForDecision } from './raise-alerts-for-decision';

@Module({
  controllers: [AlertsController],
  providers: [RaiseAlertsForDecision, DecisionMadeHandler, ListAlerts],
})
export class AlertsModule {}
