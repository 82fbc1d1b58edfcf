import type { CmeCaseHandedOverV1, EventEnvelope } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';
import { isEmail, isUUID } from 'class-validator';

const text = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const instant = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** education-referrals handed a CME case over to another LA: tell that LA's CME mailbox. */
export class SendHandOverNoticeCommand {
  private constructor(
    readonly messageId: string,
    readonly handOver: CmeCaseHandedOverV1,
  ) {}

  static create(envelope: EventEnvelope): SendHandOverNoticeCommand {
    const h = envelope.data as Partial<CmeCaseHandedOverV1> | null;
    // The reasons name the fields only: the message itself is dead-lettered whole for ops.
    if (!h || !isUUID(h.caseId) || !text(h.caseReference) || !instant(h.handedOverAt)) throw new PoisonMessageError(`cme-case-handed-over ${envelope.id} lacks the case id, its reference or handedOverAt`);
    const to = h.toAuthority;
    if (!to || !text(to.code) || !text(to.name) || !isEmail(to.cmeMailbox)) throw new PoisonMessageError(`cme-case-handed-over ${envelope.id} lacks the receiving authority's code, name or CME mailbox`);
    const from = h.fromAuthority;
    if (!from || !text(from.name) || !isEmail(from.cmeMailbox)) throw new PoisonMessageError(`cme-case-handed-over ${envelope.id} lacks this authority's name or CME mailbox`);
    return new SendHandOverNoticeCommand(envelope.id, h as CmeCaseHandedOverV1);
  }
}
