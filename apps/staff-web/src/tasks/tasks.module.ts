import { Module } from '@nestjs/common';
import { ClaimTaskController } from './claim-task/claim-task.controller';
import { ClaimTask } from './claim-task/claim-task.usecase';
import { QueueController } from './queue/queue.controller';
import { ShowQueue } from './queue/show-queue.usecase';
import { RecordOutcomeController } from './record-outcome/record-outcome.controller';
import { RecordTaskOutcome } from './record-outcome/record-task-outcome.usecase';
import { ShowOutcomeForm } from './record-outcome/show-outcome-form.usecase';
import { ShowTaskController } from './show-task/show-task.controller';
import { ShowTask } from './show-task/show-task.usecase';

/** The CMO's work: the queue (mine and the team's), a task with the child in view, claiming it and recording what happened. */
@Module({
  controllers: [QueueController, ClaimTaskController, RecordOutcomeController, ShowTaskController],
  providers: [ShowQueue, ClaimTask, ShowTask, ShowOutcomeForm, RecordTaskOutcome],
})
export class TasksModule {}
