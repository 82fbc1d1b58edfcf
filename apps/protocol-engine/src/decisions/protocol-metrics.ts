import { Metrics } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { Histogram } from 'prom-client';

type TriggerKind = 'notification' | 'timer';

/**
 * How long deciding takes, and how much of it is the protocol evaluation itself (the rest is
 * Postgres, the outbox and the broker). Labels are the trigger kind only: nothing about a child.
 */
@Injectable()
export class ProtocolMetrics {
  private readonly evaluation: Histogram<'trigger'>;
  private readonly decision: Histogram<'trigger'>;

  constructor(metrics: Metrics) {
    const buckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];
    this.evaluation = new Histogram({
      name: 'homeward_protocol_evaluation_seconds',
      help: 'Time in the pure protocol evaluation (facts, rules engine, effects) per decision',
      labelNames: ['trigger'],
      buckets,
      registers: [metrics.registry],
    });
    this.decision = new Histogram({
      name: 'homeward_protocol_decision_seconds',
      help: 'Time to decide one notification or timer, I/O included (transaction and commit)',
      labelNames: ['trigger'],
      buckets,
      registers: [metrics.registry],
    });
  }

  evaluate<T>(trigger: TriggerKind, work: () => Promise<T>): Promise<T> {
    return this.timed(this.evaluation, trigger, work);
  }

  decide<T>(trigger: TriggerKind, work: () => Promise<T>): Promise<T> {
    return this.timed(this.decision, trigger, work);
  }

  private async timed<T>(histogram: Histogram<'trigger'>, trigger: TriggerKind, work: () => Promise<T>): Promise<T> {
    const end = histogram.startTimer({ trigger });
    try {
      return await work();
    } finally {
      end();
    }
  }
}
