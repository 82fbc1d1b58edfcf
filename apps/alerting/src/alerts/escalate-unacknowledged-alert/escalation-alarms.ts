import { Clock } from '@homeward/contracts';
import { Correlation, jobId, QueueFactory } from '@homeward/platform';
import { Injectable } from '@nestjs/common';

export const ESCALATION_QUEUE = 'alert-escalation';

export interface EscalationJobData {
  alertId: string;
  correlationId: string;
}

/** Delayed wake-ups at each alert's escalate_at; Postgres holds the time, the sweep covers lost jobs. */
@Injectable()
export class EscalationAlarms {
  constructor(
    private readonly queues: QueueFactory,
    private readonly clock: Clock,
  ) {}

  async schedule(escalations: readonly { alertId: string; escalateAt: Date }[]): Promise<void> {
    if (escalations.length === 0) return;
    const now = this.clock.now().getTime();
    const correlationId = Correlation.currentOrNew();
    await this.queues.queue(ESCALATION_QUEUE).addBulk(
      escalations.map(({ alertId, escalateAt }) => ({
        name: 'escalate',
        data: { alertId, correlationId } satisfies EscalationJobData,
        opts: { jobId: jobId('escalate', alertId), delay: Math.max(0, escalateAt.getTime() - now) },
      })),
    );
  }
}
