import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Subscription } from '../subscription.entity';
import { CreateSubscriptionCommand } from './create-subscription.command';

@Injectable()
export class CreateSubscription {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(command: CreateSubscriptionCommand): Promise<Subscription> {
    const subscription: Subscription = {
      id: randomUUID(),
      kind: command.kind,
      recipientType: command.recipientType,
      recipient: command.recipient,
      channels: command.channels,
      responsibleAuthority: command.responsibleAuthority,
      force: command.force,
      createdAt: this.clock.now(),
    };
    await this.dataSource.getRepository(Subscription).insert(subscription);
    return subscription;
  }
}
