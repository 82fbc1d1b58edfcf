import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Observable, Subject } from 'rxjs';
import type { AlertView } from '../../alerts/alert-view';

/** The live in-app feed: alerts pushed to whoever holds `GET /v1/alerts/stream` open on this instance. */
@Injectable()
export class FeedStream implements OnModuleDestroy {
  private readonly alerts = new Subject<AlertView>();

  publish(alert: AlertView): void {
    this.alerts.next(alert);
  }

  stream(): Observable<AlertView> {
    return this.alerts.asObservable();
  }

  /** Ends every open stream, so shutdown is not held up by clients that never hang up. */
  onModuleDestroy(): void {
    this.alerts.complete();
  }
}
