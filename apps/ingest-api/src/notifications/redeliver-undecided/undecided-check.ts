import { QueueFactory } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { IngestConfig } from '../../ingest.config';
import { RedeliverUndecidedNotifications } from './redeliver-undecided.usecase';

/** The periodic job that runs the check, one instance at a time across replicas. */
export const UNDECIDED_CHECK_QUEUE = 'ingest-undecided-check';

@Injectable()
export class UndecidedCheck implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueFactory,
    private readonly config: IngestConfig,
    private readonly redeliver: RedeliverUndecidedNotifications,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.every(UNDECIDED_CHECK_QUEUE, this.config.undecidedCheckIntervalMs, () => this.redeliver.execute());
  }
}
