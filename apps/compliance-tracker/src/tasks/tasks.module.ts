import { Module } from '@nestjs/common';
import { CreateTasksFromDecision, DecisionMadeHandler } from './create-tasks-from-decision';
import { ListTasks } from './list-tasks';
import { TasksController } from './tasks.controller';

@Module({
  controllers: [TasksController],
  providers: [CreateTasksFromDecision, DecisionMadeHandler, ListTasks],
})
export class TasksModule {}
