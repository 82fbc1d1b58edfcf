import { QueueFactory } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { sleepAgain } from '../../deadline-alarms/alarm-clock';
import { LEAVE_QUEUE, LeaveJobData } from '../leave-alarm';
import { StartLeaveCommand } from './start-leave.command';
import { StartLeave } from './start-leave.usecase';

/** BullMQ in: each leave-start job becomes a StartLeave command. */
@Injectable()
export class LeaveStartProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueFactory,
    private readonly startLeave: StartLeave,
  ) {}

  onApplicationBootstrap(): void {
    this.queues.worker<LeaveJobData>(LEAVE_QUEUE, (job) => this.process(job), { concurrency: 1 });
  }

  private async process(job: Job<LeaveJobData>): Promise<string> {
    const result = await this.startLeave.execute(StartLeaveCommand.create({ leaveId: job.data.leaveId, trigger: 'alarm' }));
    if (result.kind === 'EARLY') return sleepAgain(job, result.remainingMs);
    return result.kind;
  }
}
