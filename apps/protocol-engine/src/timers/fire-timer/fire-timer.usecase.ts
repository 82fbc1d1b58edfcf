import type { EntityManager } from 'typeorm';
import { Clock } from '@homeward/contracts';
import { UnitOfWork, WakeUps } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { Child } from '../../children/child.entity';
import { decideOn } from '../../decisions/decision-pipeline';
import { ProtocolMetrics } from '../../decisions/protocol-metrics';
import { DecisionLog } from '../../decisions/decision-log';
import { Episode } from '../../episodes/episode.entity';
import { placementNoticesOf } from '../../placement-notices/placement-notices-on-record';
import { ProtocolEngineConfig } from '../../protocol-engine.config';
import { ActiveProtocol } from '../../protocol-versions/active-protocol';
import { EpisodeTimer } from '../episode-timer.entity';
import { timerWakeUp } from '../store-episode-timers';
import { FireTimerCommand } from './fire-timer.command';

export type FireTimerResult = 'DECIDED' | 'NOTHING_TO_DO' | 'NOT_DUE' | 'ALREADY_FIRED' | 'GONE';

/**
 * Applies a time-based rule when its timer is due: re-reads the episode, asks the protocol
 * with a TIMER trigger and records the decision, marking the timer fired in the same
 * transaction, so the same wake-up twice (a retry, the sweep) still makes one decision.
 */
@Injectable()
export class FireTimer {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly decisionLog: DecisionLog,
    private readonly protocol: ActiveProtocol,
    private readonly wakeUps: WakeUps,
    private readonly config: ProtocolEngineConfig,
    private readonly clock: Clock,
    private readonly metrics: ProtocolMetrics,
  ) {}

  execute(command: FireTimerCommand): Promise<FireTimerResult> {
    return this.metrics.decide('timer', () => this.fire(command));
  }

  /** While the episode is still receiving messages: when it will have been quiet long enough. */
  private async quietAt(em: EntityManager, episodeId: string, now: Date): Promise<Date | null> {
    const rows: { last: Date | null }[] = await em.query(`SELECT max(decided_at) AS last FROM applied_notifications WHERE episode_id = $1`, [episodeId]);
    const last = rows[0]?.last;
    const quiet = last ? new Date(new Date(last).getTime() + this.config.timerQuietMs) : null;
    return quiet && quiet > now ? quiet : null;
  }

  private async fire(command: FireTimerCommand): Promise<FireTimerResult> {
    const now = this.clock.now();
    return this.unitOfWork.run(async (em): Promise<FireTimerResult> => {
      const peek = await em.findOne(EpisodeTimer, { where: { id: command.timerId } });
      if (!peek) return 'GONE'; // found or re-graded since: the timer no longer applies
      // Episode first, then timer: the same lock order as a notification for this episode.
      const episode = await em.findOneOrFail(Episode, { where: { id: peek.episodeId }, lock: { mode: 'pessimistic_write' } });
      const timer = await em.findOne(EpisodeTimer, { where: { id: command.timerId }, lock: { mode: 'pessimistic_write' } });
      if (!timer) return 'GONE';
      if (timer.firedAt) return 'ALREADY_FIRED';
      if (timer.dueAt > now) return 'NOT_DUE'; // moved later since this wake-up was set; it has its own
      // Still receiving messages: wake again once the episode has been quiet long enough.
      const quiet = await this.quietAt(em, episode.id, now);
      if (quiet) {
        await this.wakeUps.schedule(em, timerWakeUp(timer.id, quiet));
        return 'NOT_DUE';
      }

      const child = await em.findOneOrFail(Child, { where: { id: episode.childId } });
      const others = await em.find(Episode, { where: { childId: child.id } });
      const version = await this.protocol.at(timer.dueAt);
      const placementNotices = await placementNoticesOf(em, [child.id]);
      const { episode: after, outcome, isDecision } = await this.metrics.evaluate('timer', () =>
        decideOn(
          version.profile,
          { dateOfBirth: child.dateOfBirth ?? '', episode, episodes: others, placementNotices },
          { kind: 'timer', timer: timer.timer },
          { now, homeAuthority: this.config.homeAuthorityCode, homeForces: this.config.homeForces },
        ),
      );
      let decisionId: string | null = null;
      if (isDecision) {
        const decision = await this.decisionLog.append(em, {
          child,
          episode: after,
          version,
          outcome,
          decidedAt: now,
          cause: { kind: 'timer', timerId: timer.id, timer: timer.timer },
          correlationId: command.correlationId,
          causationId: timer.id,
        });
        decisionId = decision.id;
      }
      await em.update(EpisodeTimer, { id: timer.id }, { firedAt: now, decisionId });
      return decisionId ? 'DECIDED' : 'NOTHING_TO_DO';
    });
  }
}
