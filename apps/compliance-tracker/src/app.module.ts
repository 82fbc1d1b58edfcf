import { PlatformModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { ComplianceFiguresModule } from './compliance-figures/compliance-figures.module';
import { ComplianceTrackerConfig } from './compliance-tracker.config';
import { TaskDeadlineStep } from './deadline-alarms/deadline-step.entity';
import { complianceMigrations } from './migrations';
import { OfficerLeave } from './officer-leave/officer-leave.entity';
import { OfficerLeaveModule } from './officer-leave/officer-leave.module';
import { QueueBoardModule } from './queue-board/queue-board.module';
import { Officer } from './staff-auth/officer.entity';
import { StaffAuthModule } from './staff-auth/staff-auth.module';
import { TaskHistory } from './tasks/task-history.entity';
import { Task } from './tasks/task.entity';
import { TasksModule } from './tasks/tasks.module';

@Module({
  imports: [
    PlatformModule.forRoot({
      service: 'compliance-tracker',
      config: ComplianceTrackerConfig,
      database: { schema: 'compliance', entities: [Task, TaskHistory, TaskDeadlineStep, Officer, OfficerLeave], migrations: complianceMigrations },
    }),
    StaffAuthModule,
    TasksModule,
    ComplianceFiguresModule,
    OfficerLeaveModule,
    QueueBoardModule,
  ],
})
export class AppModule {}
