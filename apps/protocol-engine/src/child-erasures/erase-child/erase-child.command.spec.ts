import { EraseChildCommand } from './erase-child.command';

const valid = { childId: '4b0c6a52-4f0e-4a55-9d43-0c8f3e0f1a2b', requestedBy: 'dpo.officer', reason: 'DPO-2026-0142', correlationId: 'c-1' };

describe('EraseChildCommand', () => {
  it('given a child id, a staff username and the DPO reference, when created, then it carries them (the reason trimmed)', () => {
    const command = EraseChildCommand.create({ ...valid, childId: valid.childId.toUpperCase(), reason: '  DPO-2026-0142 ' });
    expect(command).toEqual({ childId: valid.childId, requestedBy: 'dpo.officer', reason: 'DPO-2026-0142', correlationId: 'c-1' });
  });

  it.each([
    [{ childId: undefined }, /--child must be a child id/],
    [{ childId: 'amy-oneil' }, /--child must be a child id/],
    [{ requestedBy: undefined }, /--requested-by must be a staff username/],
    [{ requestedBy: 'Jo Bloggs' }, /--requested-by must be a staff username/],
    [{ reason: '   ' }, /--reason must be the DPO's reference/],
    [{ reason: 'x'.repeat(201) }, /--reason must be the DPO's reference, 1-200/],
  ])('given %j, when created, then it is refused naming the flag', (change, message) => {
    expect(() => EraseChildCommand.create({ ...valid, ...change })).toThrow(message);
  });
});
