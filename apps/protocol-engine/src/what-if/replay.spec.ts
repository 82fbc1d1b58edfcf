import { DEFAULT_PROFILE, type ProtocolProfile } from '@homeward/protocol';
import type { AppliedNotification } from '../episodes/applied-notification.entity';
import { replay, type FiredTimer, type RecordedTrigger, type ReplayInput } from './replay';

const V1 = 'version-1';

function applied(seq: number, type: AppliedNotification['type'], occurredAt: string, episodeId = 'e1'): AppliedNotification {
  return {
    seq: String(seq),
    ingestId: `i${seq}`,
    notificationId: `n${seq}`,
    childId: 'c1',
    episodeId,
    force: 'NOTTS',
    policeReference: `REF-${episodeId}`,
    type,
    occurredAt: new Date(occurredAt),
    riskLevel: 'LOW',
    careStatus: 'NOT_KNOWN',
    responsibleAuthority: null,
    missingFrom: null,
    vulnerabilities: [],
    decidedAt: new Date(occurredAt),
    decisionId: `d${seq}`,
    protocolVersionId: V1,
  };
}

const reviewFired = (firedAt: string): FiredTimer => ({
  id: 't1',
  childId: 'c1',
  episodeId: 'e1',
  policeReference: 'REF-e1',
  timer: 'LOW_RISK_REVIEW',
  dueAt: new Date('2025-06-02T18:00:00Z'),
  firedAt: new Date(firedAt),
  decisionId: 'd-timer',
  protocolVersionId: V1,
});

function withRhiHours(hours: number): ProtocolProfile {
  const p = structuredClone(DEFAULT_PROFILE) as ProtocolProfile;
  p.version = `rhi-${hours}`;
  p.rules.find((r) => r.id === 'return-interview')!.then.actions![0].deadline = { unit: 'CLOCK_HOURS', amount: hours };
  return p;
}

const input = (draft: ProtocolProfile, history: (AppliedNotification | FiredTimer)[], from = '2025-06-01T00:00:00Z', to = '2025-06-30T00:00:00Z'): ReplayInput => ({
  history: history.map((t): RecordedTrigger => ('timer' in t ? { kind: 'timer', timer: t } : { kind: 'notification', notification: t })),
  from: new Date(from),
  to: new Date(to),
  draft,
  versions: new Map([[V1, DEFAULT_PROFILE]]),
  dateOfBirth: new Map([['c1', '2012-01-01']]),
  homeAuthority: 'E10000024',
});

describe('what-if replay (pure)', () => {
  const history = [applied(1, 'MISSING_REPORTED', '2025-06-01T18:00:00Z'), applied(2, 'FOUND', '2025-06-02T06:00:00Z')];

  it('given the same profile as the one in force, reports no difference', async () => {
    const result = await replay(input(DEFAULT_PROFILE, history));
    expect(result).toMatchObject({ notificationsReplayed: 2, differences: [] });
  });

  it('given a draft with the RHI due in 48 h, reports one changed deadline under the return-interview rule', async () => {
    const result = await replay(input(withRhiHours(48), history));
    expect(result.summary).toEqual({ tasksAdded: 0, tasksRemoved: 0, tasksChanged: 1, byRule: { 'return-interview': { added: 0, removed: 0, changed: 1 } } });
    expect(result.differences[0].changed[0]).toMatchObject({ taskType: 'RETURN_INTERVIEW', before: { deadline: { amount: 72 } }, after: { deadline: { amount: 48 } } });
  });

  it('given notifications outside the range, they build history but are not compared', async () => {
    const result = await replay(input(withRhiHours(48), history, '2025-06-02T00:00:00Z', '2025-06-02T05:00:00Z'));
    expect(result).toMatchObject({ notificationsReplayed: 0, differences: [] });
  });

  it('given a draft whose persistent rule needs 3 episodes in 10 days, the third episode 24 days after the first no longer asks for a meeting', async () => {
    const draft = structuredClone(DEFAULT_PROFILE) as ProtocolProfile;
    draft.version = 'ten-days';
    const rule = draft.rules.find((r) => r.id === 'persistent-missing')!;
    (rule.when as { all: { fact?: string; params?: object }[] }).all.find((c) => c.fact === 'episodesInWindow')!.params = { days: 10 };
    const three = ['01', '12', '25'].map((d, i) => applied(i + 1, 'MISSING_REPORTED', `2025-06-${d}T18:00:00Z`, `e${i + 1}`));
    const result = await replay(input(draft, three));
    expect(result.summary.byRule['persistent-missing']).toEqual({ added: 0, removed: 2, changed: 0 });
    expect(result.differences.map((d) => d.policeReference)).toEqual(['REF-e3']);
  });

  it('given a fired review timer, replays it as the live system met it: no difference under the same profile, and a shorter review deadline under a draft, named as the timer', async () => {
    const withTimer = [applied(1, 'MISSING_REPORTED', '2025-06-01T18:00:00Z'), reviewFired('2025-06-02T18:05:00Z')];
    expect(await replay(input(DEFAULT_PROFILE, withTimer))).toMatchObject({ notificationsReplayed: 1, timersReplayed: 1, differences: [] });

    const draft = structuredClone(DEFAULT_PROFILE) as ProtocolProfile;
    draft.version = 'review-in-4h';
    draft.rules.find((r) => r.id === 'low-risk-review')!.then.actions![0].deadline = { unit: 'CLOCK_HOURS', amount: 4 };
    const result = await replay(input(draft, withTimer));
    expect(result.summary.byRule).toEqual({ 'low-risk-review': { added: 0, removed: 0, changed: 1 } });
    expect(result.differences).toMatchObject([{ cause: { kind: 'timer', timerId: 't1', timer: 'LOW_RISK_REVIEW' }, type: 'LOW_RISK_REVIEW', occurredAt: '2025-06-02T18:00:00.000Z' }]);
  });
});
