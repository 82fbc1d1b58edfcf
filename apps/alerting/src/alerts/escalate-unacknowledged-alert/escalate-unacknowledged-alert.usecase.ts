import { Clock } from '@homeward/contracts';
import { UnitOfWork } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { IsNull, LessThanOrEqual, Not } from 'typeorm';
import { nextRole } from '@homeward/routing';
import { Alert } from '../alert.entity';
import { AlertRaiser, decisionSummary } from '../raise-alerts';
import { EscalateUnacknowledgedAlertCommand } from './escalate-unacknowledged-alert.command';

/**
 * A high-risk alert whose time is up and that nobody has acknowledged (this recipient or any
 * other told of the same event) goes to the next role. Called by the alert's escalation
 * wake-up; the row decides, so an early, late or repeated call does the right thing.
 */
@Injectable()
export class EscalateUnacknowledgedAlert {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly raiser: AlertRaiser,
  ) {}

  async execute(command: EscalateUnacknowledgedAlertCommand): Promise<void> {
    const now = this.clock.now();
    await this.unitOfWork.run(async (em) => {
      const alerts = em.getRepository(Alert);
      const alert = await alerts.findOne({
        where: { id: command.alertId, escalateAt: LessThanOrEqual(now), escalatedAt: IsNull(), acknowledgedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      const role = alert && nextRole(alert.recipient);
      if (!alert || !role) return;
      const someoneActed = await alerts.findOne({ select: { id: true }, where: { sourceEventId: alert.sourceEventId, acknowledgedAt: Not(IsNull()) } });
      if (someoneActed) {
        await alerts.update(alert.id, { escalateAt: null });
        return;
      }
      await alerts.update(alert.id, { escalatedAt: now });
      await this.raiser.raise(em, {
        sourceEventId: alert.sourceEventId,
        kind: 'HIGH_RISK_UNACKNOWLEDGED',
        targetRole: role,
        responsibleAuthority: alert.responsibleAuthority,
        childId: alert.childId,
        episodeId: alert.episodeId,
        policeReference: alert.policeReference,
        riskLevel: alert.riskLevel,
        taskId: alert.taskId,
        escalationOf: alert.id,
        // Only a decision's HIGH-risk alert escalates unacknowledged, and a decision always has a police reference.
        summary: decisionSummary('HIGH_RISK_UNACKNOWLEDGED', alert.policeReference ?? ''),
      });
    });
  }
}
