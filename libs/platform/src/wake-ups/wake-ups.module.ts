import { Module } from '@nestjs/common';
import { QueuesModule } from '../queues';
import { WakeUpAlarms } from './wake-up-alarms';
import { WakeUpSweep } from './wake-up-sweep';
import { WakeUps } from './wake-ups';

/** Imported by each feature module that schedules or handles wake-ups (the app's migration creates `wake_ups`). */
@Module({ imports: [QueuesModule], providers: [WakeUps, WakeUpAlarms, WakeUpSweep], exports: [WakeUps] })
export class WakeUpsModule {}
