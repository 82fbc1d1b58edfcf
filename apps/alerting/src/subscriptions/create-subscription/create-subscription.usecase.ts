import { Clock } from '@homeward/contracts';
import { validationFailed } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WebhookTargets } from '../../delivery/channels/webhook-targets';
import { Subscription } from '../subscription.entity';
import { CreateSubscriptionCommand } from './create-subscription.command';

@Injectable()
export class CreateSubscription {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly webhookTargets: WebhookTargets,
  ) {}

  async execute(command: CreateSubscriptionCommand): Promise<Subscription> {
    // Checked here, not in the command: it needs DNS. Delivery checks again, at the connection.
    const refusals = await Promise.all(command.channels.map((c) => (c.type === 'WEBHOOK' ? this.webhookTargets.refusal(c.url) : null)));
    const problems = refusals.flatMap((reason, i) => (reason ? [{ field: `channels.${i}.url`, reason: `url ${reason}` }] : []));
    if (problems.length > 0) throw validationFailed(problems);
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
