import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Observable, Subject } from 'rxjs';
import type { AlertView } from '../../alerts/alert-view';
import { FeedFanOut } from './feed-fan-out';

/**
 * The live in-app feed: alerts pushed to whoever holds `GET /v1/alerts/stream` open, whichever
 * alerting instance raised them. This instance's own go to its streams at once (no Redis round
 * trip, and still while Redis is away); the others' arrive through the fan-out.
 */
@Injectable()
export class FeedStream implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly alerts = new Subject<AlertView>();

  constructor(private readonly fanOut: FeedFanOut) {}

  /** After the alert's commit. */
  publish(alert: AlertView): void {
    this.alerts.next(alert);
    void this.fanOut.tell(alert);
  }

  stream(): Observable<AlertView> {
    return this.alerts.asObservable();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.fanOut.listen((alert) => this.alerts.next(alert));
  }

  /** Ends every open stream, so shutdown is not held up by clients that never hang up. */
  async onModuleDestroy(): Promise<void> {
    this.alerts.complete();
    await this.fanOut.close();
  }
}
