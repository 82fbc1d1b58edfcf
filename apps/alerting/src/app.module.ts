import { PlatformModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { AlertingConfig } from './alerting.config';
import { Alert } from './alerts/alert.entity';
import { AlertsModule } from './alerts/alerts.module';
import { alertingMigrations } from './migrations';

@Module({
  imports: [
    PlatformModule.forRoot({
      service: 'alerting',
      config: AlertingConfig,
      database: { schema: 'alerting', entities: [Alert], migrations: alertingMigrations },
    }),
    AlertsModule,
  ],
})
export class AppModule {}
