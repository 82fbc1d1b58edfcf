import type { ChildErasedV1, EventEnvelope } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';
import { isUUID } from 'class-validator';

const KEYED_HASH = /^[0-9a-f]{64}$/;

/** protocol-engine erased one child's personal data: the keyed hashes schools' returns know them by. */
export class EraseChildCasesCommand {
  private constructor(
    readonly messageId: string,
    readonly erasureId: string,
    readonly childKeys: string[],
  ) {}

  static create(envelope: EventEnvelope): EraseChildCasesCommand {
    const d = envelope.data as Partial<ChildErasedV1>;
    if (!isUUID(d.erasureId ?? '') || Number.isNaN(Date.parse(String(d.erasedAt)))) {
      throw new PoisonMessageError(`child-erased ${envelope.id} lacks erasureId or erasedAt`);
    }
    // Events from before educationKeys was added name no key: there is nothing here to erase by.
    const keys = d.educationKeys ?? [];
    if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string' && KEYED_HASH.test(k))) {
      throw new PoisonMessageError(`child-erased ${envelope.id} has educationKeys that are not keyed hashes`);
    }
    return new EraseChildCasesCommand(envelope.id, d.erasureId as string, [...keys]);
  }
}
