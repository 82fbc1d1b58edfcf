import { Injectable } from '@nestjs/common';

/** Flips to "stopping" first on shutdown, so load balancers stop sending work before anything closes. */
@Injectable()
export class Readiness {
  private stopping = false;
  private started = false;

  markStarted(): void {
    this.started = true;
  }

  markStopping(): void {
    this.stopping = true;
  }

  get acceptingWork(): boolean {
    return this.started && !this.stopping;
  }
}
