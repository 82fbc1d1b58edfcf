import { decide, DEFAULT_PROFILE } from '@homeward/protocol';
import type { Episode } from '../episodes/episode.entity';
import { CHILD_DETAILS_CORRECTED, countedEpisodes, EPISODE_WITHDRAWN, outcomeWithoutWork, REPORT_WITHDRAWN } from './withdrawals';

const outcomeAsking = () =>
  decide(DEFAULT_PROFILE, {
    now: '2025-06-01T20:00:00Z',
    homeAuthority: 'E10000024',
    child: { dateOfBirth: '2012-05-04' },
    trigger: { kind: 'NOTIFICATION', type: 'MISSING_REPORTED', occurredAt: '2025-06-01T18:00:00Z' },
    episode: {
      episodeId: 'e-1',
      policeReference: 'NT/1',
      force: 'NOTTS',
      missingSince: '2025-06-01T18:00:00Z',
      foundAt: null,
      riskLevel: 'HIGH',
      vulnerabilities: [],
      careStatus: 'NOT_KNOWN',
      responsibleAuthority: null,
      placementNoticeOnRecord: false,
    },
    otherEpisodes: [],
    alreadyRequested: [],
  });

const withdrawn: Pick<Episode, 'withdrawnAt' | 'withdrawnReason'> = { withdrawnAt: new Date('2025-06-01T21:00:00Z'), withdrawnReason: 'MADE_IN_ERROR' };
const standing: Pick<Episode, 'withdrawnAt' | 'withdrawnReason'> = { withdrawnAt: null, withdrawnReason: null };

describe('a report the police withdrew, or a correction of the child', () => {
  it('given the CANCELLED that withdrew the episode, when deciding, then nothing is asked for and the decision says the report was withdrawn and why', async () => {
    const outcome = outcomeWithoutWork(await outcomeAsking(), withdrawn, { type: 'CANCELLED' });
    expect(outcome).toMatchObject({ requiredActions: [], alerts: [], supersedes: [], listings: [] });
    expect(outcome?.firedRules).toEqual([{ ruleId: REPORT_WITHDRAWN, reason: expect.stringContaining('made in error') }]);
  });

  it('given a later message or a timer on a withdrawn episode, when deciding, then nothing is asked for and the decision says the episode was withdrawn', async () => {
    expect(outcomeWithoutWork(await outcomeAsking(), withdrawn, { type: 'FOUND' })?.firedRules.map((r) => r.ruleId)).toEqual([EPISODE_WITHDRAWN]);
    expect(outcomeWithoutWork(await outcomeAsking(), withdrawn, null)?.requiredActions).toEqual([]);
  });

  it('given a CORRECTED on a standing episode, when deciding, then it asks for no new work and says the child was corrected', async () => {
    expect(outcomeWithoutWork(await outcomeAsking(), standing, { type: 'CORRECTED' })?.firedRules.map((r) => r.ruleId)).toEqual([CHILD_DETAILS_CORRECTED]);
  });

  it("given any other notification on a standing episode, when deciding, then the protocol's outcome stands", async () => {
    expect(outcomeWithoutWork(await outcomeAsking(), standing, { type: 'MISSING_REPORTED' })).toBeNull();
  });

  it('given episodes one of which was withdrawn, when counting, then only the standing ones count', () => {
    expect(countedEpisodes([{ id: 'a', ...standing }, { id: 'b', ...withdrawn }]).map((e) => e.id)).toEqual(['a']);
  });
});
