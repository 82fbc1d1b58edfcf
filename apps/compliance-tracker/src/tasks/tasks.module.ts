import { Module } from '@nestjs/common';
import { DeadlineAlarmsModule } from '../deadline-alarms/deadline-alarms.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { ClaimTask } from './claim-task';
import { CreateTasksFromDecision, TasksFromDecisionsConsumer } from './create-tasks-from-decision';
import { GetTask } from './get-task';
import { GetTaskHistory } from './get-task-history';
import { ListTasks } from './list-tasks';
import { RecordOutcome } from './record-outcome';
import { TaskCloser } from './task-closer';
import { TasksController } from './tasks.controller';

@Module({
  imports: [DeadlineAlarmsModule, StaffAuthModule],
  controllers: [TasksController],
  providers: [CreateTasksFromDecision, TasksFromDecisionsConsumer, ListTasks, GetTask, GetTaskHistory, ClaimTask, RecordOutcome, TaskCloser],
})
export class TasksModule {}
