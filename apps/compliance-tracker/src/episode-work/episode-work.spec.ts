import type { EpisodeTask } from './episode-work';
import { episodeWork, rhiState } from './episode-work';

const task = (over: Partial<EpisodeTask>): EpisodeTask => ({
  id: 't1', episodeId: 'e1', type: 'RETURN_INTERVIEW', status: 'OPEN', priority: 'NORMAL', dueAt: new Date('2026-11-26T10:00:00Z'), outcome: {},
  responsibleAuthority: null, hostForce: null, assignee: null, supersededBy: null, createdAt: new Date('2026-11-23T10:00:00Z'), ...over,
});
const now = new Date('2026-11-25T10:00:00Z');

describe("an episode's return interview and open work, as a report reads them", () => {
  it('names the state from the status and the outcome', () => {
    expect(rhiState({ status: 'CLAIMED', outcome: {} })).toBe('TO_OFFER');
    expect(rhiState({ status: 'OFFERED', outcome: { offeredAt: '2026-11-24T10:00:00Z' } })).toBe('OFFERED');
    expect(rhiState({ status: 'COMPLETED', outcome: { result: 'DECLINED' } })).toBe('DECLINED');
    expect(rhiState({ status: 'COMPLETED', outcome: { result: 'NOT_OFFERED' } })).toBe('NOT_OFFERED');
    expect(rhiState({ status: 'COMPLETED', outcome: { result: 'HELD' } })).toBe('HELD');
    expect(rhiState({ status: 'SUPERSEDED', outcome: {} })).toBe('SUPERSEDED');
  });

  it('given an open RHI not yet due, its timeliness is not known; once past due, it is late and overdue', () => {
    expect(episodeWork(['e1'], [task({})], now)[0].returnInterview).toMatchObject({ overdue: false, offeredOnTime: null });
    expect(episodeWork(['e1'], [task({})], new Date('2026-11-26T10:00:01Z'))[0].returnInterview).toMatchObject({ overdue: true, offeredOnTime: false });
  });

  it('given an offer after the deadline, then held, it was offered late; a superseded RHI is not judged', () => {
    const late = task({ status: 'COMPLETED', outcome: { result: 'HELD', offeredAt: '2026-11-27T10:00:00Z', heldAt: '2026-11-27T12:00:00Z' } });
    expect(episodeWork(['e1'], [late], now)[0].returnInterview).toMatchObject({ state: 'HELD', offeredOnTime: false, heldOnTime: false });
    expect(episodeWork(['e1'], [task({ status: 'SUPERSEDED' })], now)[0].returnInterview).toMatchObject({ offeredOnTime: null, overdue: false });
  });

  it('reads the latest RHI of the episode, its other open work soonest first, and leaves out episodes with no work', () => {
    const older = task({ id: 'old', status: 'SUPERSEDED', createdAt: new Date('2026-11-20T10:00:00Z') });
    const meeting = task({ id: 'm', type: 'MULTI_AGENCY_MEETING', dueAt: new Date('2026-12-04T10:00:00Z') });
    const strategy = task({ id: 's', type: 'STRATEGY_DISCUSSION', dueAt: new Date('2026-11-24T10:00:00Z') });
    const done = task({ id: 'd', type: 'INFORM_IRO', status: 'COMPLETED' });
    const [work] = episodeWork(['e1', 'e2', 'e1'], [older, task({}), meeting, strategy, done], now);
    expect(work.returnInterview?.taskId).toBe('t1');
    expect(work.openActions.map((a) => [a.taskId, a.overdue])).toEqual([['s', true], ['m', false]]);
    expect(episodeWork(['e2'], [task({})], now)).toEqual([]);
  });
});
