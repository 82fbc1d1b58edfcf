import { Module } from '@nestjs/common';
import { AlarmClock } from './alarm-clock';
import { DeadlineLedger } from './deadline-ledger';
import { DeadlineAlarmProcessor, FireDeadlineStep } from './fire-deadline-step';
import { DeadlineSweepScheduler, SweepDeadlineAlarms } from './sweep-deadline-alarms';

/** Reminders, overdue notices and escalations: Postgres holds the steps, BullMQ wakes us for them. */
@Module({
  providers: [AlarmClock, DeadlineLedger, FireDeadlineStep, DeadlineAlarmProcessor, SweepDeadlineAlarms, DeadlineSweepScheduler],
  exports: [AlarmClock, DeadlineLedger, DeadlineSweepScheduler],
})
export class DeadlineAlarmsModule {}
