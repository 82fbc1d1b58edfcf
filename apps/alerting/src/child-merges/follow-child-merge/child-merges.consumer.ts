import { Topics } from '@homeward/contracts';
import { MessageBus } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { FollowChildMergeCommand } from './follow-child-merge.command';
import { FollowChildMerge } from './follow-child-merge.usecase';

/** Kafka in: each merge of two records of one child. */
@Injectable()
export class ChildMergesConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: MessageBus,
    private readonly follow: FollowChildMerge,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.bus.subscribe({
      groupId: 'alerting.child-merges',
      topics: [Topics.childrenMerged],
      handler: (event) => this.follow.execute(FollowChildMergeCommand.create(event.envelope)),
    });
  }
}
