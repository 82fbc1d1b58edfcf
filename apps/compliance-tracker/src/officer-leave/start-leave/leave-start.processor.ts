import { WakeUps } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { LEAVE_START } from './leave-start.wake-up';
import { StartLeaveCommand } from './start-leave.command';
import { StartLeave } from './start-leave.usecase';

/** Wake-ups in: each leave's start becomes a StartLeave command. */
@Injectable()
export class LeaveStartProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly wakeUps: WakeUps,
    private readonly startLeave: StartLeave,
  ) {}

  onApplicationBootstrap(): void {
    this.wakeUps.onDue(LEAVE_START, (due) => this.startLeave.execute(StartLeaveCommand.create({ leaveId: due.subjectId })), { concurrency: 1 });
  }
}
