import { AlertKind, Clock } from '@homeward/contracts';
import { Inbox } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { routeAlerts } from '../../routing/route-alert';
import { Alert } from '../alert.entity';
import { RaiseAlertsForDecisionCommand } from './raise-alerts-for-decision.command';

const CONSUMER = 'alerting.raise-alerts-for-decision';

const SUMMARIES: Record<AlertKind, string> = {
  HIGH_RISK: 'Child reported missing at HIGH risk: strategy discussion required within 24 hours',
  EXPLOITATION: 'Missing child with an exploitation flag: strategy discussion required',
  PLACED_IN_WITHOUT_NOTICE: 'Looked-after child placed here without notice is missing: placing authority to be told',
  PERSISTENT_MISSING: 'Child meets the persistent missing threshold: multi-agency meeting required',
  TASK_REMINDER: 'A task deadline is approaching',
  TASK_OVERDUE: 'A task has passed its deadline',
  TASK_ESCALATED: 'An overdue task has been escalated',
};

/** Raises one alert per recipient for each alert kind a decision asks for, however often it arrives. */
@Injectable()
export class RaiseAlertsForDecision {
  constructor(
    private readonly inbox: Inbox,
    private readonly clock: Clock,
  ) {}

  async execute(command: RaiseAlertsForDecisionCommand): Promise<void> {
    const d = command.decision;
    const routed = routeAlerts(d.alerts);
    await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      if (routed.length === 0) return;
      const raisedAt = this.clock.now();
      await em
        .createQueryBuilder()
        .insert()
        .into(Alert)
        .values(
          routed.map(({ kind, recipient }) => ({
            id: randomUUID(),
            kind,
            recipient,
            sourceEventId: command.messageId,
            childId: d.childId,
            episodeId: d.episodeId,
            policeReference: d.policeReference,
            riskLevel: d.riskLevel,
            summary: `${SUMMARIES[kind]} (police reference ${d.policeReference})`,
            raisedAt,
            acknowledgedAt: null,
            acknowledgedBy: null,
          })),
        )
        .orIgnore()
        .execute();
    });
  }
}
