import { createEnvelope } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';
import { randomUUID } from 'node:crypto';
import { EraseChildTasksCommand } from './erase-child-tasks.command';

describe('a child-erased event as the tracker reads it', () => {
  const envelope = (data: Record<string, unknown>) => createEnvelope({ type: 'protocol.child-erased', version: 1, data, correlationId: 'c', producer: 'protocol-engine' });
  const valid = () => ({ erasureId: randomUUID(), childId: randomUUID(), mergedChildIds: [randomUUID()], ingestIds: [], placementNoticeIds: [], erasedAt: '2026-12-02T10:00:00.000Z' });

  it('given the child and a merged record, then both are erased, the child first', () => {
    const data = valid();
    expect(EraseChildTasksCommand.create(envelope(data))).toMatchObject({ erasureId: data.erasureId, childIds: [data.childId, ...data.mergedChildIds] });
  });

  it('given no erasure id, child, merged list or time, or an id that is not one, then the message is poison, never retried', () => {
    for (const bad of [{ erasureId: undefined }, { childId: 'child-1' }, { mergedChildIds: undefined }, { mergedChildIds: ['x'] }, { erasedAt: 'yesterday' }]) {
      expect(() => EraseChildTasksCommand.create(envelope({ ...valid(), ...bad }))).toThrow(PoisonMessageError);
    }
  });
});
