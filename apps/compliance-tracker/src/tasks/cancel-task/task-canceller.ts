import type { CancellationReason } from '@homeward/contracts';
import { WakeUps } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PLACING_AUTHORITY_REPLY_CHASE } from '../../placing-authority-requests/chase-reply/reply-chase.wake-up';
import { TaskCloser } from '../task-closer';
import { OpenTaskStatuses, Task } from '../task.entity';
import type { CancelReason } from './cancel-reasons';

export interface Cancellation {
  /** A manager's reason, or the police's when they withdraw the report: enumerations both. */
  reason: CancelReason | CancellationReason;
  /** An officer's username, or the part of the system that cancelled (e.g. `police` for a withdrawn report). */
  actor: string;
  at: Date;
  correlationId: string;
  causationId?: string;
  /** More references for the history row (the actor's role, a notification id): never free text. */
  detail?: Record<string, unknown>;
}

/**
 * Cancels a task, locked by the caller, in the caller's transaction: CANCELLED with the reason
 * in its history, `compliance.task-closed.v1` (outcome CANCELLED), its pending deadline steps
 * and placing-authority chases gone. For the cancel endpoint and for any consumer that must
 * cancel work (a withdrawn police report) inside its own inbox transaction. Returns false,
 * changing nothing, when the task is already closed.
 */
@Injectable()
export class TaskCanceller {
  constructor(
    private readonly closer: TaskCloser,
    private readonly wakeUps: WakeUps,
  ) {}

  async cancel(em: EntityManager, task: Task, c: Cancellation): Promise<boolean> {
    if (!OpenTaskStatuses.includes(task.status)) return false;
    await this.closer.close(em, task, {
      to: 'CANCELLED',
      actor: c.actor,
      at: c.at,
      correlationId: c.correlationId,
      causationId: c.causationId,
      detail: { reason: c.reason, ...c.detail },
    });
    // Work that should never have been asked for needs no reply chased either.
    const requests = (await em.query(`SELECT id FROM placing_authority_requests WHERE task_id = $1 AND reply_received_at IS NULL`, [task.id])) as { id: string }[];
    for (const r of requests) {
      await em.query(`UPDATE placing_authority_requests SET next_chase_at = NULL WHERE id = $1`, [r.id]);
      await this.wakeUps.cancel(em, PLACING_AUTHORITY_REPLY_CHASE, r.id);
    }
    return true;
  }
}
