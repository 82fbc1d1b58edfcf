import { decisionCause, DecisionMadeV1, EventEnvelope, TaskType, TaskTypes } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What ingest keeps of a protocol decision: which notification, when, and the task types it asked for. */
export class MarkNotificationDecidedCommand {
  private constructor(
    readonly messageId: string,
    readonly ingestId: string,
    readonly decidedAt: Date,
    readonly taskTypes: TaskType[],
  ) {}

  /** Null for a decision no notification triggered (a time-based rule): ingest has nothing to record. */
  static create(envelope: EventEnvelope): MarkNotificationDecidedCommand | null {
    const d = envelope.data as Partial<DecisionMadeV1>;
    if (decisionCause(d)?.kind === 'timer') return null;
    const decidedAt = new Date(d.decidedAt ?? '');
    const actions = Array.isArray(d.requiredActions) ? d.requiredActions : undefined;
    if (typeof d.ingestId !== 'string' || !UUID.test(d.ingestId) || Number.isNaN(decidedAt.getTime()) || !actions) {
      throw new PoisonMessageError(`decision-made ${envelope.id} lacks ingestId, decidedAt or requiredActions`);
    }
    if (actions.some((a) => !TaskTypes.includes(a?.taskType))) {
      throw new PoisonMessageError(`decision-made ${envelope.id} names an unknown task type`);
    }
    const taskTypes = [...new Set(actions.map((a) => a.taskType))].sort();
    return new MarkNotificationDecidedCommand(envelope.id, d.ingestId, decidedAt, taskTypes);
  }
}
