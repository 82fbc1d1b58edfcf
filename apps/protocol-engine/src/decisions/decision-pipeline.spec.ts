import { DEFAULT_PROFILE } from '@homeward/protocol';
import { newEpisode, type EpisodeFacts } from '../episodes/apply-notification';
import type { Episode } from '../episodes/episode.entity';
import { decideOn, type ChildHistory } from './decision-pipeline';

const MISSING = '2025-03-03T19:00:00.000Z';
const context = (now: string) => ({ now: new Date(now), homeAuthority: 'E10000024' });
const facts = (overrides: Partial<EpisodeFacts> = {}): EpisodeFacts => ({
  type: 'MISSING_REPORTED',
  occurredAt: MISSING,
  riskLevel: 'LOW',
  careStatus: 'NOT_KNOWN',
  vulnerabilities: [],
  ...overrides,
});
const fresh = (): Episode => newEpisode({ id: 'e-1', childId: 'c-1', force: 'NOTTS', policeReference: 'NT/1', riskLevel: 'LOW', careStatus: 'NOT_KNOWN' });
const history = (episode: Episode, episodes: Episode[] = [episode]): ChildHistory => ({ dateOfBirth: '2012-05-01', episode, episodes });

describe('the decision pipeline (one for live notifications, timers and what-if)', () => {
  it('given a first missing report at high risk, when decided, then the episode is missing since the report and its actions are requested on it', async () => {
    const { episode, outcome, isDecision } = await decideOn(DEFAULT_PROFILE, history(fresh()), { kind: 'notification', notification: facts({ riskLevel: 'HIGH' }) }, context(MISSING));
    expect(isDecision).toBe(true);
    expect(episode.missingSince).toEqual(new Date(MISSING));
    expect(outcome.requiredActions.length).toBeGreaterThan(0);
    expect(episode.requestedActions).toEqual(outcome.requiredActions.map((a) => a.actionKey));
  });

  it('given an episode, when a notification is decided, then the episode passed in is not changed', async () => {
    const stored = fresh();
    const before = structuredClone(stored);
    await decideOn(DEFAULT_PROFILE, history(stored), { kind: 'notification', notification: facts() }, context(MISSING));
    expect(stored).toEqual(before);
  });

  it('given the work already requested by an earlier decision, when the same report is decided again, then nothing is asked for twice', async () => {
    const high = { kind: 'notification' as const, notification: facts({ riskLevel: 'HIGH' }) };
    const first = await decideOn(DEFAULT_PROFILE, history(fresh()), high, context(MISSING));
    const again = await decideOn(DEFAULT_PROFILE, history(first.episode), high, context(MISSING));
    expect(first.outcome.requiredActions.length).toBeGreaterThan(0);
    expect(again.isDecision).toBe(true);
    expect(again.outcome.requiredActions).toEqual([]);
    expect(again.episode.requestedActions).toEqual(first.episode.requestedActions);
  });

  it('given a low-risk child still missing after 24 h, when the review timer is decided, then it asks for a review and records it as requested', async () => {
    const { episode: missing } = await decideOn(DEFAULT_PROFILE, history(fresh()), { kind: 'notification', notification: facts() }, context(MISSING));
    const { episode, outcome, isDecision } = await decideOn(DEFAULT_PROFILE, history(missing), { kind: 'timer', timer: 'LOW_RISK_REVIEW' }, context('2025-03-04T20:00:00.000Z'));
    expect(isDecision).toBe(true);
    expect(outcome.requiredActions.map((a) => a.taskType)).toEqual(['REVIEW_EPISODE']);
    expect(episode.requestedActions).toContain(outcome.requiredActions[0].actionKey);
  });

  it('given the child was found before the review fell due, when the review timer is decided, then it is not a decision and nothing is requested', async () => {
    const { episode: missing } = await decideOn(DEFAULT_PROFILE, history(fresh()), { kind: 'notification', notification: facts() }, context(MISSING));
    const { episode: found } = await decideOn(DEFAULT_PROFILE, history(missing), { kind: 'notification', notification: facts({ type: 'FOUND', occurredAt: '2025-03-04T08:00:00.000Z' }) }, context('2025-03-04T08:00:00.000Z'));
    const late = await decideOn(DEFAULT_PROFILE, history(found), { kind: 'timer', timer: 'LOW_RISK_REVIEW' }, context('2025-03-04T20:00:00.000Z'));
    expect(late.isDecision).toBe(false);
    expect(late.episode.requestedActions).toEqual(found.requestedActions);
  });

  it("given the child's earlier episodes, when a new one is decided, then they count as history and the episode itself is not counted twice", async () => {
    const earlier = { ...fresh(), id: 'e-0', policeReference: 'NT/0', missingSince: new Date('2025-02-20T19:00:00Z'), foundAt: new Date('2025-02-21T07:00:00Z') };
    const current = { ...fresh(), id: 'e-2', policeReference: 'NT/2' };
    const { outcome } = await decideOn(DEFAULT_PROFILE, history(current, [earlier, current]), { kind: 'notification', notification: facts() }, context(MISSING));
    expect(outcome.facts.episodesInWindow['90']).toBe(2);
  });
});
