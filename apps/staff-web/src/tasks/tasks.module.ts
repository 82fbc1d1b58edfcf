import { Module } from '@nestjs/common';
import { ClaimTaskController } from './claim-task/claim-task.controller';
import { ClaimTask } from './claim-task/claim-task.usecase';
import { ManageTaskController } from './manage-task/manage-task.controller';
import { ManageTask } from './manage-task/manage-task.usecase';
import { ShowManageForm } from './manage-task/show-manage-form.usecase';
import { QueueController } from './queue/queue.controller';
import { ShowQueue } from './queue/show-queue.usecase';
import { RecordOutcomeController } from './record-outcome/record-outcome.controller';
import { RecordTaskOutcome } from './record-outcome/record-task-outcome.usecase';
import { ShowOutcomeForm } from './record-outcome/show-outcome-form.usecase';
import { ShowTaskController } from './show-task/show-task.controller';
import { ShowTask } from './show-task/show-task.usecase';

/** The CMO's work: the queue (mine and the team's), a task with the child in view, claiming it and recording what happened. */
@Module({
  // ManageTaskController before ShowTaskController: /tasks/{id}/reassign is not a task id.
  controllers: [QueueController, ClaimTaskController, RecordOutcomeController, ManageTaskController, ShowTaskController],
  providers: [ShowQueue, ClaimTask, ShowTask, ShowOutcomeForm, RecordTaskOutcome, ShowManageForm, ManageTask],
})
export class TasksModule {}
