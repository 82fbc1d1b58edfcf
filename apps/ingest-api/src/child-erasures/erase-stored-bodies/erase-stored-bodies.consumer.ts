import { Topics } from '@homeward/contracts';
import { MessageBus } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EraseStoredBodiesCommand } from './erase-stored-bodies.command';
import { EraseStoredBodies } from './erase-stored-bodies.usecase';

/** Kafka in: protocol-engine erased a child; ingest empties what it stored about them. */
@Injectable()
export class EraseStoredBodiesConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: MessageBus,
    private readonly eraseBodies: EraseStoredBodies,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.bus.subscribe({
      groupId: 'ingest.child-erasures',
      topics: [Topics.childErased],
      handler: (event) => this.eraseBodies.execute(EraseStoredBodiesCommand.create(event.envelope)),
    });
  }
}
