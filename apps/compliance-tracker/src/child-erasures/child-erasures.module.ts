import { Module } from '@nestjs/common';
import { ChildErasuresConsumer, EraseChildTasks } from './erase-child';

@Module({ providers: [EraseChildTasks, ChildErasuresConsumer] })
export class ChildErasuresModule {}
