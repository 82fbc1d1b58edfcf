import { WakeUpsModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { DeadlineAlarmsModule } from '../deadline-alarms/deadline-alarms.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { CancelTask, TaskCanceller } from './cancel-task';
import { ClaimTask } from './claim-task';
import { CloseCmeCaseTasks, CmeCaseClosuresConsumer } from './close-cme-case-tasks';
import { CmeTasksConsumer, CreateCmeTasks } from './create-cme-tasks';
import { CreateTasksFromDecision, TasksFromDecisionsConsumer } from './create-tasks-from-decision';
import { GetTask } from './get-task';
import { GetTaskHistory } from './get-task-history';
import { ListTasks } from './list-tasks';
import { ReassignTask } from './reassign-task';
import { RecordOutcome } from './record-outcome';
import { TaskCloser } from './task-closer';
import { TasksController } from './tasks.controller';
import { UnclaimTask } from './unclaim-task';

@Module({
  imports: [DeadlineAlarmsModule, StaffAuthModule, WakeUpsModule],
  controllers: [TasksController],
  providers: [CreateTasksFromDecision, TasksFromDecisionsConsumer, CreateCmeTasks, CmeTasksConsumer, CloseCmeCaseTasks, CmeCaseClosuresConsumer, ListTasks, GetTask, GetTaskHistory, ClaimTask, RecordOutcome, TaskCloser, CancelTask, TaskCanceller, ReassignTask, UnclaimTask],
  // A withdrawn police report cancels its episode's work inside the consumer's own transaction.
  exports: [TaskCanceller],
})
export class TasksModule {}
