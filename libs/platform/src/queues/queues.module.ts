import { Global, Module } from '@nestjs/common';
import { QueueFactory } from './queue-factory';

/** For a service that runs BullMQ queues (its migration creates `dead_letter`). */
@Global()
@Module({ providers: [QueueFactory], exports: [QueueFactory] })
export class QueuesModule {}
