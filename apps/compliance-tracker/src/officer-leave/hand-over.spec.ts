import { handOver } from './hand-over';

describe("handing an officer's work over", () => {
  it('given a named cover, then each task goes to them as it stands', () => {
    expect(handOver([{ id: 't1', status: 'OFFERED', assignee: 'away' }], 'cover')).toEqual([
      { taskId: 't1', from: { status: 'OFFERED', assignee: 'away' }, to: { status: 'OFFERED', assignee: 'cover' } },
    ]);
  });

  it('given the team queue, then a claimed task is open again, an offered or accepted one keeps its state, unassigned', () => {
    const moves = handOver(
      [
        { id: 't1', status: 'CLAIMED', assignee: 'away' },
        { id: 't2', status: 'ACCEPTED', assignee: 'away' },
      ],
      null,
    );
    expect(moves.map((m) => m.to)).toEqual([
      { status: 'OPEN', assignee: null, claimedAt: null },
      { status: 'ACCEPTED', assignee: null },
    ]);
  });

  it('given no open tasks, then nothing moves', () => {
    expect(handOver([], 'cover')).toEqual([]);
  });
});
