import { Module } from '@nestjs/common';
import { AcknowledgeAlert } from './acknowledge-alert';
import { AlertsController } from './alerts.controller';
import { RelayLiveAlerts } from './live';
import { ShowAlert } from './show-alert';
import { ShowAlertFeed } from './show-alert-feed';

@Module({
  controllers: [AlertsController],
  providers: [ShowAlertFeed, ShowAlert, AcknowledgeAlert, RelayLiveAlerts],
})
export class AlertsModule {}
