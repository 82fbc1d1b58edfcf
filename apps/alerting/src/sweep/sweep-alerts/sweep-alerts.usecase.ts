import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AlertingConfig } from '../../alerting.config';
import { EscalateUnacknowledgedAlert, EscalateUnacknowledgedAlertCommand } from '../../alerts/escalate-unacknowledged-alert';
import { DeliveryQueue } from '../../delivery/delivery-queue';

/**
 * Postgres is the record, Redis the alarm clock: this re-creates what Redis lost. Unfinished
 * deliveries (pending, or claimed by a sender whose lease ran out) get their job back, and
 * alerts past their escalation time escalate now.
 */
@Injectable()
export class SweepAlerts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AlertingConfig,
    private readonly deliveries: DeliveryQueue,
    private readonly escalate: EscalateUnacknowledgedAlert,
  ) {}

  async execute(): Promise<void> {
    const unfinished: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM deliveries
        WHERE status = 'PENDING' OR (status = 'SENDING' AND sending_since < now() - make_interval(secs => $1))
        ORDER BY created_at LIMIT 500`,
      [this.config.deliveryLeaseMs / 1_000],
    );
    await this.deliveries.requeue(unfinished.map((d) => d.id));
    for (const alertId of await this.escalate.dueAlertIds()) {
      await this.escalate.execute(EscalateUnacknowledgedAlertCommand.create(alertId));
    }
  }
}
