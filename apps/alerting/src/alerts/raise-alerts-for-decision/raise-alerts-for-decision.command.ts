import { AlertKinds, DecisionMadeV1, EventEnvelope } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';

export class RaiseAlertsForDecisionCommand {
  private constructor(
    readonly messageId: string,
    readonly decision: DecisionMadeV1,
    /** The placing authority, when the protocol names one on an action: subscriptions may filter on it. */
    readonly responsibleAuthority: string | null,
  ) {}

  static create(envelope: EventEnvelope): RaiseAlertsForDecisionCommand {
    const d = envelope.data as Partial<DecisionMadeV1>;
    if (!d.childId || !d.episodeId || !d.policeReference || !Array.isArray(d.alerts) || d.alerts.some((k) => !AlertKinds.includes(k))) {
      throw new PoisonMessageError(`decision-made ${envelope.id} lacks references or names an unknown alert kind`);
    }
    const decision = envelope.data as DecisionMadeV1;
    const responsibleAuthority = (decision.requiredActions ?? []).find((a) => a.responsibleAuthority)?.responsibleAuthority ?? null;
    return new RaiseAlertsForDecisionCommand(envelope.id, decision, responsibleAuthority);
  }
}
