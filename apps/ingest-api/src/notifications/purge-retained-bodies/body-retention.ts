import { QueueFactory } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { IngestConfig } from '../../ingest.config';
import { PurgeRetainedBodies } from './purge-retained-bodies.usecase';

export const BODY_RETENTION_QUEUE = 'ingest-body-retention';

/** Runs the purge periodically, one instance at a time across replicas. */
@Injectable()
export class BodyRetention implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueFactory,
    private readonly config: IngestConfig,
    private readonly purge: PurgeRetainedBodies,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.every(BODY_RETENTION_QUEUE, this.config.retentionCheckIntervalMs, () => this.purge.execute());
  }
}
