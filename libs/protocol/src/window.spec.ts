import { DEFAULT_PROFILE, decide, protocolFacts } from './index';
import { episode, input, notification, pastEpisode, profileWithWindow } from './testing/builders';

const START = '2025-06-01T12:00:00.000Z';
const DAY = 86_400_000;
const before = (ms: number) => new Date(Date.parse(START) - ms).toISOString();
const current = () => input({ trigger: notification('MISSING_REPORTED', START), episode: episode({ missingSince: START }) });

describe('rolling window counting', () => {
  it('an episode exactly 90 days before the current start counts', () => {
    const facts = protocolFacts(DEFAULT_PROFILE, { ...current(), otherEpisodes: [pastEpisode('old', before(90 * DAY))] });
    expect(facts.episodesInWindow['90']).toBe(2);
  });

  it('an episode 90 days and 1 ms before does not', () => {
    const facts = protocolFacts(DEFAULT_PROFILE, { ...current(), otherEpisodes: [pastEpisode('old', before(90 * DAY + 1))] });
    expect(facts.episodesInWindow['90']).toBe(1);
  });

  it('the edges decide persistence: 3 in exactly 90 days is persistent, one ms more is not', async () => {
    const mid = pastEpisode('mid', before(30 * DAY));
    const onEdge = await decide(DEFAULT_PROFILE, { ...current(), otherEpisodes: [mid, pastEpisode('old', before(90 * DAY))] });
    const outside = await decide(DEFAULT_PROFILE, { ...current(), otherEpisodes: [mid, pastEpisode('old', before(90 * DAY + 1))] });
    expect(onEdge.alerts).toContain('PERSISTENT_MISSING');
    expect(outside.alerts).not.toContain('PERSISTENT_MISSING');
  });

  it('uses foundAt when an earlier episode has no missing time', () => {
    const foundOnly = episode({ episodeId: 'fo', missingSince: null, foundAt: before(10 * DAY) });
    const facts = protocolFacts(DEFAULT_PROFILE, { ...current(), otherEpisodes: [foundOnly] });
    expect(facts.episodesInWindow['90']).toBe(2);
  });

  it('ignores episodes starting after the current one and counts the current one once', () => {
    const later = pastEpisode('later', new Date(Date.parse(START) + DAY).toISOString());
    const self = episode({ missingSince: START });
    const facts = protocolFacts(DEFAULT_PROFILE, { ...current(), otherEpisodes: [later, self, pastEpisode('a', before(DAY)), pastEpisode('a', before(DAY))] });
    expect(facts.episodesInWindow['90']).toBe(2);
  });
});

describe('configurable windows: the same history under different profiles', () => {
  // Episodes 40 and 20 days before the current one.
  const history = [pastEpisode('a', before(40 * DAY)), pastEpisode('b', before(20 * DAY))];
  const derbyshire = profileWithWindow(30, 'derbyshire-3-in-30');
  const norfolk = profileWithWindow(42, 'norfolk-3-in-42');

  it('3-in-42 finds the child persistent', async () => {
    const out = await decide(norfolk, { ...current(), otherEpisodes: history });
    expect(out.protocolVersion).toBe('norfolk-3-in-42');
    expect(out.facts.episodesInWindow).toEqual({ '42': 3 });
    expect(out.requiredActions.map((a) => a.taskType)).toContain('MULTI_AGENCY_MEETING');
    expect(out.listings).toEqual(['MONTHLY_MEETING']);
  });

  it('3-in-30 does not', async () => {
    const out = await decide(derbyshire, { ...current(), otherEpisodes: history });
    expect(out.facts.episodesInWindow).toEqual({ '30': 2 });
    expect(out.requiredActions).toEqual([]);
    expect(out.listings).toEqual([]);
  });
});
