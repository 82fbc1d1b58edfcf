import { Clock } from '@homeward/contracts';
import { UnitOfWork } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { IsNull, LessThanOrEqual, Not } from 'typeorm';
import { nextRole } from '@homeward/routing';
import { Alert } from '../alert.entity';
import { AlertDispatcher, AlertRaiser, decisionSummary, nothingRaised } from '../raise-alerts';
import { EscalateUnacknowledgedAlertCommand } from './escalate-unacknowledged-alert.command';

/**
 * A high-risk alert whose time is up and that nobody has acknowledged (this recipient or any
 * other told of the same event) goes to the next role. Called by the alert's own delayed job
 * and by the sweep; the row decides, so an early, late or repeated call does the right thing.
 */
@Injectable()
export class EscalateUnacknowledgedAlert {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly raiser: AlertRaiser,
    private readonly dispatcher: AlertDispatcher,
  ) {}

  async execute(command: EscalateUnacknowledgedAlertCommand): Promise<void> {
    const now = this.clock.now();
    const raised = await this.unitOfWork.run(async (em) => {
      const alerts = em.getRepository(Alert);
      const alert = await alerts.findOne({
        where: { id: command.alertId, escalateAt: LessThanOrEqual(now), escalatedAt: IsNull(), acknowledgedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      const role = alert && nextRole(alert.recipient);
      if (!alert || !role) return nothingRaised();
      const someoneActed = await alerts.findOne({ select: { id: true }, where: { sourceEventId: alert.sourceEventId, acknowledgedAt: Not(IsNull()) } });
      if (someoneActed) {
        await alerts.update(alert.id, { escalateAt: null });
        return nothingRaised();
      }
      await alerts.update(alert.id, { escalatedAt: now });
      return this.raiser.raise(em, {
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
        summary: decisionSummary('HIGH_RISK_UNACKNOWLEDGED', alert.policeReference),
      });
    });
    await this.dispatcher.dispatch(raised);
  }

  /** The sweep's half: every alert past its escalation time, whether or not its delayed job survived. */
  async dueAlertIds(limit = 200): Promise<string[]> {
    return this.unitOfWork.run(async (em) =>
      (
        await em.getRepository(Alert).find({
          select: { id: true },
          where: { escalateAt: LessThanOrEqual(this.clock.now()), escalatedAt: IsNull(), acknowledgedAt: IsNull() },
          order: { escalateAt: 'ASC' },
          take: limit,
        })
      ).map((a) => a.id),
    );
  }
}
