import { RiskLevels } from '@homeward/contracts';
import type { EpisodeSnapshot, ProtocolProfile, TimerKind } from './types';
import { HOUR_MS, instantMs, toIso } from './time';

/**
 * When the time-based rules should wake protocol-engine for this episode. Recompute after
 * every notification: none once found (the rules are about open episodes), none until the
 * missing time is known, none for a timer whose risk ceiling the episode is above. A due time
 * already past is still returned: the caller schedules it at once (e.g. a late missing report).
 * decide() re-checks on wake-up, so a stale timer is harmless.
 */
export function timersFor(profile: ProtocolProfile, episode: EpisodeSnapshot): { timer: TimerKind; dueAt: string }[] {
  if (episode.foundAt || !episode.missingSince) return [];
  const start = instantMs(episode.missingSince, 'episode.missingSince');
  const rank = RiskLevels.indexOf(episode.riskLevel);
  return profile.timers
    .filter((t) => t.riskAtMost === undefined || rank <= RiskLevels.indexOf(t.riskAtMost))
    .map((t) => ({ timer: t.timer, dueAt: toIso(start + t.afterHours * HOUR_MS) }));
}
