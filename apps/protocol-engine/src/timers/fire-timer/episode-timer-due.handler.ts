import { WakeUps } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EPISODE_TIMER } from '../store-episode-timers';
import { FireTimerCommand } from './fire-timer.command';
import { FireTimer } from './fire-timer.usecase';

/** A timer's wake-up in: translates it into a command (the platform retries and sweeps). */
@Injectable()
export class EpisodeTimerDueHandler implements OnApplicationBootstrap {
  constructor(
    private readonly wakeUps: WakeUps,
    private readonly fireTimer: FireTimer,
  ) {}

  onApplicationBootstrap(): void {
    this.wakeUps.onDue(EPISODE_TIMER, (due) => this.fireTimer.execute(FireTimerCommand.create({ timerId: due.subjectId })));
  }
}
