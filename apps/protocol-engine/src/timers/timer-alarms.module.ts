import { Module } from '@nestjs/common';
import { TimerAlarms } from './timer-alarms';

/** Alarms alone, so recording a decision can set them without depending on the timer processor. */
@Module({ providers: [TimerAlarms], exports: [TimerAlarms] })
export class TimerAlarmsModule {}
