import { Module, OnModuleInit } from '@nestjs/common';
import { DeadlineAlarmsModule } from '../deadline-alarms/deadline-alarms.module';
import { DeadlineSweepScheduler } from '../deadline-alarms/sweep-deadline-alarms';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { CancelLeave } from './cancel-leave';
import { ChangeLeave } from './change-leave';
import { GetLeave } from './get-leave';
import { LeaveAlarm } from './leave-alarm';
import { ListLeave } from './list-leave';
import { OfficerLeaveController } from './officer-leave.controller';
import { RecordLeave } from './record-leave';
import { LeaveStartProcessor, StartLeave } from './start-leave';
import { SweepLeaveStarts } from './sweep-leave-starts';

/** Officers' leave and cover: at a leave's start their open tasks go to the cover or the team queue. */
@Module({
  imports: [DeadlineAlarmsModule, StaffAuthModule],
  controllers: [OfficerLeaveController],
  providers: [LeaveAlarm, RecordLeave, ListLeave, GetLeave, ChangeLeave, CancelLeave, StartLeave, LeaveStartProcessor, SweepLeaveStarts],
})
export class OfficerLeaveModule implements OnModuleInit {
  constructor(
    private readonly sweepScheduler: DeadlineSweepScheduler,
    private readonly sweepLeave: SweepLeaveStarts,
  ) {}

  /** Hand-overs Redis lost are repaired by the same periodic sweep as deadline alarms. */
  onModuleInit(): void {
    this.sweepScheduler.alsoRun(() => this.sweepLeave.execute());
  }
}
