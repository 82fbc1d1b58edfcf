import { DecisionMadeV1, EventEnvelope, TaskTypes } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';

/** A protocol decision as delivered to the compliance tracker. */
export class CreateTasksFromDecisionCommand {
  private constructor(
    readonly messageId: string,
    readonly correlationId: string,
    readonly decision: DecisionMadeV1,
  ) {}

  static create(envelope: EventEnvelope): CreateTasksFromDecisionCommand {
    const d = envelope.data as Partial<DecisionMadeV1>;
    const bad =
      !d.decisionId || !d.childId || !d.episodeId || !Array.isArray(d.requiredActions) ||
      d.requiredActions.some((a) => !TaskTypes.includes(a.taskType) || Number.isNaN(Date.parse(a.anchorAt)) || !(a.deadline?.amount >= 0));
    if (bad) throw new PoisonMessageError(`decision-made ${envelope.id} lacks ids or has an unusable required action`);
    return new CreateTasksFromDecisionCommand(envelope.id, envelope.correlationId, envelope.data as DecisionMadeV1);
  }
}
