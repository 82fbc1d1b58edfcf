import { PlatformModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { ComplianceTrackerConfig } from './compliance-tracker.config';
import { complianceMigrations } from './migrations';
import { TaskHistory } from './tasks/task-history.entity';
import { Task } from './tasks/task.entity';
import { TasksModule } from './tasks/tasks.module';

@Module({
  imports: [
    PlatformModule.forRoot({
      service: 'compliance-tracker',
      config: ComplianceTrackerConfig,
      database: { schema: 'compliance', entities: [Task, TaskHistory], migrations: complianceMigrations },
    }),
    TasksModule,
  ],
})
export class AppModule {}
