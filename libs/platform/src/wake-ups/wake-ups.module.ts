import { Module } from '@nestjs/common';
import { WakeUpAlarms } from './wake-up-alarms';
import { WakeUpSweep } from './wake-up-sweep';
import { WakeUps } from './wake-ups';

/** Imported by a service that schedules wake-ups (its migration creates `wake_ups`). */
@Module({ providers: [WakeUps, WakeUpAlarms, WakeUpSweep], exports: [WakeUps] })
export class WakeUpsModule {}
