import type { DecisionInput, Trigger } from '@homeward/protocol';
import { toSnapshot } from '../episodes/apply-notification';
import type { Episode } from '../episodes/episode.entity';

/** The one way this service asks the protocol: live notifications, timers and what-if replay alike. */
export function decisionInput(p: {
  now: Date;
  homeAuthority: string;
  dateOfBirth: string;
  trigger: Trigger;
  episode: Episode;
  otherEpisodes: Episode[];
}): DecisionInput {
  return {
    now: p.now.toISOString(),
    homeAuthority: p.homeAuthority,
    child: { dateOfBirth: p.dateOfBirth },
    trigger: p.trigger,
    episode: toSnapshot(p.episode),
    otherEpisodes: p.otherEpisodes.filter((o) => o.id !== p.episode.id).map(toSnapshot),
    alreadyRequested: p.episode.requestedActions,
  };
}
