/** Test builders for protocol specs. Not exported from the library. */
import type { NotificationType } from '@homeward/contracts';
import { DEFAULT_PROFILE } from '../default-profile';
import type { DecisionInput, EpisodeSnapshot, ProtocolProfile, TimerKind, Trigger } from '../types';

export const HOME = 'NOTTS';

export function episode(overrides: Partial<EpisodeSnapshot> = {}): EpisodeSnapshot {
  return {
    episodeId: 'ep-1',
    policeReference: 'NP-1',
    force: 'NOTTINGHAMSHIRE',
    missingSince: '2025-03-03T19:00:00.000Z',
    foundAt: null,
    riskLevel: 'LOW',
    vulnerabilities: [],
    careStatus: 'NOT_KNOWN',
    responsibleAuthority: null,
    placementNoticeOnRecord: false,
    ...overrides,
  };
}

export const notification = (type: NotificationType, occurredAt: string): Trigger => ({
  kind: 'NOTIFICATION',
  type,
  occurredAt,
});
export const timer = (kind: TimerKind): Trigger => ({ kind: 'TIMER', timer: kind });

export function input(overrides: Partial<DecisionInput> & Pick<DecisionInput, 'trigger' | 'episode'>): DecisionInput {
  return {
    now: overrides.trigger.kind === 'NOTIFICATION' ? overrides.trigger.occurredAt : '2025-03-10T00:00:00.000Z',
    homeAuthority: HOME,
    child: { dateOfBirth: '2012-05-01' },
    otherEpisodes: [],
    alreadyRequested: [],
    ...overrides,
  };
}

/** A found episode (history) starting at `start`, found `hours` later. */
export function pastEpisode(id: string, start: string, hours = 2): EpisodeSnapshot {
  return episode({
    episodeId: id,
    policeReference: `NP-${id}`,
    missingSince: start,
    foundAt: new Date(Date.parse(start) + hours * 3_600_000).toISOString(),
  });
}

/** A copy of the default profile with every episodesInWindow window set to `days`. */
export function profileWithWindow(days: number, version: string): ProtocolProfile {
  const copy = JSON.parse(JSON.stringify(DEFAULT_PROFILE)) as ProtocolProfile;
  const walk = (c: unknown): void => {
    if (!c || typeof c !== 'object') return;
    const o = c as Record<string, unknown>;
    if (o.fact === 'episodesInWindow') (o.params as { days: number }).days = days;
    Object.values(o).forEach((v) => (Array.isArray(v) ? v.forEach(walk) : walk(v)));
  };
  copy.rules.forEach((r) => walk(r.when));
  copy.version = version;
  return copy;
}
