import { KafkaModule, PlatformModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { AlertingConfig } from './alerting.config';
import { Alert } from './alerts/alert.entity';
import { AlertsModule } from './alerts/alerts.module';
import { ChildErasuresModule } from './child-erasures/child-erasures.module';
import { ChildMergesModule } from './child-merges/child-merges.module';
import { CmeHandOversModule } from './cme-hand-overs/cme-hand-overs.module';
import { DeliveryModule } from './delivery/delivery.module';
import { Delivery } from './delivery/delivery.entity';
import { alertingMigrations } from './migrations';
import { Subscription } from './subscriptions/subscription.entity';
import { SubscriptionsModule } from './subscriptions/subscriptions.module';
import { WeeklyReportMailingModule } from './weekly-report-mailing/weekly-report-mailing.module';

@Module({
  imports: [
    PlatformModule.forRoot({
      service: 'alerting',
      config: AlertingConfig,
      database: { schema: 'alerting', entities: [Alert, Subscription, Delivery], migrations: alertingMigrations },
    }),
    // Consumes events, publishes none: no outbox.
    KafkaModule,
    SubscriptionsModule,
    AlertsModule,
    DeliveryModule,
    ChildMergesModule,
    ChildErasuresModule,
    CmeHandOversModule,
    WeeklyReportMailingModule,
  ],
})
export class AppModule {}
