import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { DeliveryModule } from '../delivery/delivery.module';
import { SweepAlerts, SweepProcessor } from './sweep-alerts';

@Module({
  imports: [AlertsModule, DeliveryModule],
  providers: [SweepAlerts, SweepProcessor],
})
export class SweepModule {}
