import { Clock } from '@homeward/contracts';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Alert } from '../alert.entity';
import { AcknowledgeAlertCommand } from './acknowledge-alert.command';
import { acknowledgementRefusal } from './acknowledgement-permission';

/** Someone has seen the alert and is acting: it, and the event's other alerts, stop escalating. The first acknowledgement stands. */
@Injectable()
export class AcknowledgeAlert {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(command: AcknowledgeAlertCommand): Promise<Alert> {
    const repo = this.dataSource.getRepository(Alert);
    const alert = await repo.findOneBy({ id: command.alertId });
    if (!alert) throw new NotFoundException(`no alert ${command.alertId}`);
    const refusal = acknowledgementRefusal(alert, command.role);
    if (refusal) throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: refusal });
    await repo
      .createQueryBuilder()
      .update()
      .set({ acknowledgedAt: this.clock.now(), acknowledgedBy: command.actor })
      .where('id = :id AND acknowledged_at IS NULL', { id: command.alertId })
      .execute();
    return repo.findOneByOrFail({ id: command.alertId });
  }
}
