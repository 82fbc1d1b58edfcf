import { PlacementProviderKinds, type EventEnvelope, type PlacementNoticeReceivedV1 } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A placement notice as delivered to protocol-engine, with the message id that makes it idempotent. */
export class RecordPlacementNoticeCommand {
  private constructor(
    readonly messageId: string,
    readonly correlationId: string,
    readonly notice: PlacementNoticeReceivedV1,
  ) {}

  static create(envelope: EventEnvelope): RecordPlacementNoticeCommand {
    const n = envelope.data as Partial<PlacementNoticeReceivedV1>;
    const wrong = [
      !n.placementNoticeId && 'placementNoticeId',
      !n.sender && 'sender',
      !n.noticeId && 'noticeId',
      !n.child?.givenName && 'child',
      !n.placingAuthority && 'placingAuthority',
      !DATE.test(String(n.placementStart)) && 'placementStart',
      n.placementEnd != null && !DATE.test(n.placementEnd) && 'placementEnd',
      !PlacementProviderKinds.includes(n.provider?.kind as never) && 'provider',
      typeof n.riskAssessmentProvided !== 'boolean' && 'riskAssessmentProvided',
      typeof n.riskManagementPlanProvided !== 'boolean' && 'riskManagementPlanProvided',
      Number.isNaN(Date.parse(String(n.receivedAt))) && 'receivedAt',
    ].filter(Boolean);
    if (wrong.length > 0) throw new PoisonMessageError(`placement-notice-received ${envelope.id} lacks or garbles: ${wrong.join(', ')}`);
    return new RecordPlacementNoticeCommand(envelope.id, envelope.correlationId, envelope.data as PlacementNoticeReceivedV1);
  }
}
