import { PlatformModule } from '@homeward/platform';
import { ComplianceTrackerConfig } from './compliance-tracker.config';
import { TaskDeadlineStep } from './deadline-alarms/deadline-step.entity';
import { complianceMigrations } from './migrations';
import { OfficerLeave } from './officer-leave/officer-leave.entity';
import { Officer } from './staff-auth/officer.entity';
import { TaskHistory } from './tasks/task-history.entity';
import { Task } from './tasks/task.entity';

/** The platform's core as compliance-tracker uses it: shared by the service and the officers CLI. */
export const CompliancePlatformModule = PlatformModule.forRoot({
  service: 'compliance-tracker',
  config: ComplianceTrackerConfig,
  database: { schema: 'compliance', entities: [Task, TaskHistory, TaskDeadlineStep, Officer, OfficerLeave], migrations: complianceMigrations },
});
