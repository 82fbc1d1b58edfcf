import { WakeUps } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Worker } from 'bullmq';
import { ComplianceTrackerConfig } from '../../compliance-tracker.config';
import { ChaseReplyCommand } from './chase-reply.command';
import { ChaseReply } from './chase-reply.usecase';
import { PLACING_AUTHORITY_REPLY_CHASE } from './reply-chase.wake-up';

/** Wake-ups in: each chase (subject: the request, version: the chase's level) becomes a ChaseReply command. */
@Injectable()
export class ReplyChaseProcessor implements OnApplicationBootstrap {
  worker?: Worker;

  constructor(
    private readonly wakeUps: WakeUps,
    private readonly config: ComplianceTrackerConfig,
    private readonly chaseReply: ChaseReply,
  ) {}

  onApplicationBootstrap(): void {
    this.start();
  }

  /** Starts the kind's worker; also how a test stands up a fresh worker after killing one mid-job. */
  start(): void {
    this.worker = this.wakeUps.onDue(
      PLACING_AUTHORITY_REPLY_CHASE,
      (due) => this.chaseReply.execute(ChaseReplyCommand.create({ requestId: due.subjectId, level: due.version })),
      { lockDurationMs: this.config.alarmWorkerLockMs, stalledIntervalMs: this.config.alarmWorkerStalledIntervalMs },
    );
  }
}
