import { EventEnvelope, TaskDeadlineEventV1, Topics } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';
import type { AlertingKind } from '@homeward/routing';

const KIND_BY_TOPIC: Record<string, AlertingKind> = {
  [Topics.taskReminderDue]: 'TASK_REMINDER',
  [Topics.taskOverdue]: 'TASK_OVERDUE',
  [Topics.taskEscalated]: 'TASK_ESCALATED',
  [Topics.taskUnclaimed]: 'TASK_UNCLAIMED',
};
export const TASK_DEADLINE_TOPICS = Object.keys(KIND_BY_TOPIC);

export class RaiseAlertsForTaskDeadlineCommand {
  private constructor(
    readonly messageId: string,
    readonly kind: AlertingKind,
    readonly task: TaskDeadlineEventV1,
  ) {}

  static create(topic: string, envelope: EventEnvelope): RaiseAlertsForTaskDeadlineCommand {
    const kind = KIND_BY_TOPIC[topic];
    const t = envelope.data as Partial<TaskDeadlineEventV1>;
    if (!kind) throw new PoisonMessageError(`no alert kind for topic ${topic}`);
    // A CME task has its case's references in place of the episode's.
    const referenced = t.subject?.kind === 'CME_CASE' ? !!(t.subject.caseId && t.subject.caseReference) : !!(t.childId && t.episodeId && t.policeReference);
    if (!t.taskId || !referenced || !t.taskType || !t.dueAt || Number.isNaN(Date.parse(t.dueAt))) {
      throw new PoisonMessageError(`${topic} ${envelope.id} lacks task references or a valid dueAt`);
    }
    return new RaiseAlertsForTaskDeadlineCommand(envelope.id, kind, envelope.data as TaskDeadlineEventV1);
  }
}
