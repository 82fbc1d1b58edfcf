import { Module } from '@nestjs/common';
import { ChildErasuresConsumer, EraseChildAlerts } from './erase-child-alerts';

@Module({ providers: [EraseChildAlerts, ChildErasuresConsumer] })
export class ChildErasuresModule {}
