import { Inbox } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { AlertDispatcher, AlertRaiser, collectRaised, decisionSummary, nothingRaised } from '../raise-alerts';
import { RaiseAlertsForDecisionCommand } from './raise-alerts-for-decision.command';

const CONSUMER = 'alerting.raise-alerts-for-decision';

/** Raises one alert per recipient for each alert kind a decision asks for, however often it arrives. */
@Injectable()
export class RaiseAlertsForDecision {
  constructor(
    private readonly inbox: Inbox,
    private readonly raiser: AlertRaiser,
    private readonly dispatcher: AlertDispatcher,
  ) {}

  async execute(command: RaiseAlertsForDecisionCommand): Promise<void> {
    const d = command.decision;
    const raised = nothingRaised();
    await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      for (const kind of new Set(d.alerts)) {
        const r = await this.raiser.raise(em, {
          sourceEventId: command.messageId,
          kind,
          targetRole: null,
          responsibleAuthority: command.responsibleAuthority,
          childId: d.childId,
          episodeId: d.episodeId,
          policeReference: d.policeReference,
          riskLevel: d.riskLevel,
          taskId: null,
          escalationOf: null,
          summary: decisionSummary(kind, d.policeReference),
        });
        collectRaised(raised, r);
      }
    });
    await this.dispatcher.dispatch(raised);
  }
}
