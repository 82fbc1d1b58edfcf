import { Inbox } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { AlertRaiser, decisionSummary } from '../raise-alerts';
import { RaiseAlertsForDecisionCommand } from './raise-alerts-for-decision.command';

const CONSUMER = 'alerting.raise-alerts-for-decision';

/** Raises one alert per recipient for each alert kind a decision asks for, however often it arrives. */
@Injectable()
export class RaiseAlertsForDecision {
  constructor(
    private readonly inbox: Inbox,
    private readonly raiser: AlertRaiser,
  ) {}

  async execute(command: RaiseAlertsForDecisionCommand): Promise<void> {
    const d = command.decision;
    await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      for (const kind of new Set(d.alerts)) {
        await this.raiser.raise(em, {
          sourceEventId: command.messageId,
          kind,
          targetRole: null,
          responsibleAuthority: command.responsibleAuthority,
          force: d.force,
          childId: d.childId,
          episodeId: d.episodeId,
          policeReference: d.policeReference,
          riskLevel: d.riskLevel,
          taskId: null,
          escalationOf: null,
          summary: decisionSummary(kind, d.policeReference, { force: d.force, policeRiskLevel: d.policeRiskLevel, riskRaisedBy: d.riskRaisedBy }),
        });
      }
    });
  }
}
