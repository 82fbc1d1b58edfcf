import { Clock } from '@homeward/contracts';
import { HttpException, Injectable, MessageEvent } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { filter, map, Observable, takeUntil, timer } from 'rxjs';
import { FeedStream } from '../../delivery/channels/feed.stream';
import { matchesFilters } from '../alert-filters';
import type { AlertView } from '../alert-view';
import { OpenAlertStreamCommand } from './open-alert-stream.command';
import { StreamSlots } from './stream-slots';

/**
 * Opens one live stream of feed alerts for an officer, within ALERT_STREAMS_PER_OFFICER open at
 * once: past it, 429. The slot is given back when the stream ends, and lapses with the token.
 */
@Injectable()
export class OpenAlertStream {
  constructor(
    private readonly feed: FeedStream,
    private readonly slots: StreamSlots,
    private readonly clock: Clock,
  ) {}

  async execute(command: OpenAlertStreamCommand): Promise<Observable<MessageEvent>> {
    const streamId = randomUUID();
    if (!(await this.slots.take(command.officer, streamId, command.tokenExpiresAt))) {
      throw new HttpException(
        {
          statusCode: 429,
          error: 'Too Many Requests',
          message: `too many live alert streams open: at most ${this.slots.cap} at once for each officer (ALERT_STREAMS_PER_OFFICER); close one and try again`,
        },
        429,
      );
    }
    const release = () => void this.slots.release(command.officer, streamId);
    command.closed.addEventListener('abort', release, { once: true });
    // The client may have gone while the slot was being taken.
    if (command.closed.aborted) release();
    return this.feed.stream().pipe(
      filter(matchesFilters<AlertView>(command.filters)),
      map((a) => ({ type: 'alert', id: a.id, data: a })),
      // A token outlives no stream: a disabled officer's open stream stops with their last token.
      takeUntil(timer(Math.max(0, command.tokenExpiresAt.getTime() - this.clock.now().getTime()))),
    );
  }
}
