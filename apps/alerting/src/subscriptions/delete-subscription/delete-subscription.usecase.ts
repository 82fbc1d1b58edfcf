import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Subscription } from '../subscription.entity';
import { DeleteSubscriptionCommand } from './delete-subscription.command';

/** Stops future routing only: alerts and deliveries already made keep their own copy of the channel. */
@Injectable()
export class DeleteSubscription {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: DeleteSubscriptionCommand): Promise<void> {
    const result = await this.dataSource.getRepository(Subscription).delete({ id: command.subscriptionId });
    if (!result.affected) throw new NotFoundException(`no subscription ${command.subscriptionId}`);
  }
}
