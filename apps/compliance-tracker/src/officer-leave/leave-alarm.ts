import { Clock } from '@homeward/contracts';
import { jobId, QueueFactory } from '@homeward/platform';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';

export const LEAVE_QUEUE = 'leave-starts';

/** All a leave wake-up carries: the id. */
export interface LeaveJobData {
  leaveId: string;
}

/**
 * The Redis side of leave: one delayed job at each leave's start, with a deterministic id so
 * setting it twice (recording, then the sweep) is one job. Postgres holds the leave; the sweep
 * hands over whatever Redis lost.
 */
@Injectable()
export class LeaveAlarm {
  private readonly logger = new Logger('LeaveAlarm');
  readonly queue: Queue<LeaveJobData>;

  constructor(
    queues: QueueFactory,
    private readonly clock: Clock,
  ) {
    this.queue = queues.queue(LEAVE_QUEUE);
  }

  static jobIdOf(leaveId: string): string {
    return jobId('leave-start', leaveId);
  }

  async set(leaves: { id: string; startsAt: Date }[]): Promise<void> {
    if (leaves.length === 0) return;
    const now = this.clock.now().getTime();
    await this.queue.addBulk(
      leaves.map((l) => ({
        name: 'leave-start',
        data: { leaveId: l.id },
        opts: { jobId: LeaveAlarm.jobIdOf(l.id), delay: Math.max(0, l.startsAt.getTime() - now) },
      })),
    );
  }

  /**
   * The start moved: the delayed job goes and comes back at the new start. A job already
   * running cannot be removed; it re-reads the leave (locked) and sleeps again if early.
   */
  async rearmAfterCommit(leave: { id: string; startsAt: Date }): Promise<void> {
    await this.clearAfterCommit(leave.id);
    await this.setAfterCommit(leave);
  }

  /** A cancelled leave's wake-up; one that is missed wakes, finds the leave cancelled and does nothing. */
  async clearAfterCommit(leaveId: string): Promise<void> {
    await this.queue.remove(LeaveAlarm.jobIdOf(leaveId)).catch((error: unknown) =>
      this.logger.warn({ leaveId, error: String(error) }, 'could not remove the leave alarm; it will find nothing to do'),
    );
  }

  async setAfterCommit(leave: { id: string; startsAt: Date }): Promise<void> {
    await this.set([leave]).catch((error: unknown) =>
      this.logger.warn({ leaveId: leave.id, error: String(error) }, 'could not set the leave alarm; the sweep will'),
    );
  }
}
