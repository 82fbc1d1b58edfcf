import { OutboxRelay } from '@homeward/platform';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { MarkNotificationsPublished } from './mark-notifications-published.usecase';

/** The relay in: each batch of notification events the broker acknowledged. */
@Injectable()
export class NotificationsPublishedHook implements OnModuleInit {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly markPublished: MarkNotificationsPublished,
  ) {}

  onModuleInit(): void {
    this.relay.onPublished('notification', (em, ingestIds) => this.markPublished.execute(em, ingestIds));
  }
}
