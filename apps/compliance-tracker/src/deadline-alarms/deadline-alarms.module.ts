import { WakeUpsModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { DeadlineLedger } from './deadline-ledger';
import { DeadlineAlarmProcessor, FireDeadlineStep } from './fire-deadline-step';

/** Reminders, overdue notices and escalations: Postgres holds the steps, each step's wake-up fires it. */
@Module({
  imports: [WakeUpsModule],
  providers: [DeadlineLedger, FireDeadlineStep, DeadlineAlarmProcessor],
  exports: [DeadlineLedger],
})
export class DeadlineAlarmsModule {}
