import { Inbox } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { AlertRaiser, taskSummary } from '../raise-alerts';
import { RaiseAlertsForTaskDeadlineCommand } from './raise-alerts-for-task-deadline.command';

const CONSUMER = 'alerting.raise-alerts-for-task-deadline';

/** A reminder, an overdue task or an escalation step: one alert per recipient, however often it arrives. */
@Injectable()
export class RaiseAlertsForTaskDeadline {
  constructor(
    private readonly inbox: Inbox,
    private readonly raiser: AlertRaiser,
  ) {}

  async execute(command: RaiseAlertsForTaskDeadlineCommand): Promise<void> {
    const t = command.task;
    await this.inbox.processOnce(CONSUMER, command.messageId, (em) =>
      this.raiser.raise(em, {
        sourceEventId: command.messageId,
        kind: command.kind,
        // The step's role (team manager, service manager...) is the compliance ladder's call, not ours.
        targetRole: t.notifyRole ?? null,
        namedOfficer: t.notifyOfficer ?? null,
        responsibleAuthority: null,
        childId: t.childId,
        episodeId: t.episodeId,
        policeReference: t.policeReference,
        caseReference: t.subject?.kind === 'CME_CASE' ? t.subject.caseReference : null,
        riskLevel: null,
        taskId: t.taskId,
        escalationOf: null,
        summary: taskSummary(command.kind, t),
      }),
    );
  }
}
