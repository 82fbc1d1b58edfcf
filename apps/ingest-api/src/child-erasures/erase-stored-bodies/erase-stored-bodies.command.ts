import type { ChildErasedV1, EventEnvelope } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuids = (v: unknown): v is string[] => Array.isArray(v) && v.every((id) => typeof id === 'string' && UUID.test(id));

/** What ingest erases for one child's erasure: the bodies it stored under these ids. */
export class EraseStoredBodiesCommand {
  private constructor(
    readonly messageId: string,
    readonly erasureId: string,
    readonly ingestIds: string[],
    readonly placementNoticeIds: string[],
    readonly erasedAt: Date,
  ) {}

  static create(envelope: EventEnvelope): EraseStoredBodiesCommand {
    const d = envelope.data as Partial<ChildErasedV1>;
    const erasedAt = new Date(d.erasedAt ?? '');
    if (typeof d.erasureId !== 'string' || !UUID.test(d.erasureId) || !uuids(d.ingestIds) || !uuids(d.placementNoticeIds) || Number.isNaN(erasedAt.getTime())) {
      throw new PoisonMessageError(`child-erased ${envelope.id} lacks erasureId, ingestIds, placementNoticeIds or erasedAt`);
    }
    return new EraseStoredBodiesCommand(envelope.id, d.erasureId, d.ingestIds, d.placementNoticeIds, erasedAt);
  }
}
