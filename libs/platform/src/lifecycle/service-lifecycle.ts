import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ServiceConfig } from '../config';
import { runMigrations } from '../database';
import { Readiness } from '../health/readiness';
import { RedisConnection } from '../redis';

type StopStep = () => Promise<void>;

const LAST_MOMENT_MS = 250;

/** The shutdown order ARCHITECTURE.md asks for: nothing new comes in before what is in flight finishes and goes out. */
export const STOP_PHASES = ['intake', 'consumers', 'workers', 'outbox', 'connections'] as const;
export type StopPhase = (typeof STOP_PHASES)[number];

/**
 * Start-up and shutdown in one place. Start: migrations and dependency checks before any
 * consumer or worker runs. Stop: readiness red, then each piece's registered steps phase by
 * phase (HTTP intake closes, consumers stop, workers close, the outbox drains, connections close), Redis last;
 * each step bounded by SHUTDOWN_STEP_TIMEOUT_MS and all of them by SHUTDOWN_GRACE_MS, so a
 * stuck dependency cannot hold the process past the grace period its platform gives it
 * (compose's stop_grace_period is longer, for Nest's own close after these steps).
 */
@Injectable()
export class ServiceLifecycle implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Lifecycle');
  private readonly steps: { name: string; phase: StopPhase; stop: StopStep }[] = [];

  constructor(
    private readonly config: ServiceConfig,
    private readonly dataSource: DataSource,
    private readonly redis: RedisConnection,
    private readonly readiness: Readiness,
    private readonly schema: string,
  ) {}

  /** Each platform piece registers how it stops, in its phase. */
  onStop(name: string, stop: StopStep, phase: StopPhase = 'workers'): void {
    this.steps.push({ name, phase, stop });
  }

  async onModuleInit(): Promise<void> {
    await this.redis.connectAndVerify();
    const applied = await runMigrations(this.dataSource, this.schema);
    if (applied.length > 0) this.logger.log({ schema: this.schema, applied }, 'migrations applied');
  }

  async onModuleDestroy(): Promise<void> {
    this.readiness.markStopping();
    const deadline = Date.now() + this.config.shutdownGraceMs;
    for (const phase of STOP_PHASES) {
      for (const s of this.steps.filter((step) => step.phase === phase)) await this.step(s.name, s.stop, deadline);
    }
    await this.step('close redis', () => this.redis.close(), deadline);
  }

  private async step(name: string, work: StopStep, deadline: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    // Past the deadline, each later step still gets a moment: closing connections is quick, and better than cutting them.
    const ms = Math.max(LAST_MOMENT_MS, Math.min(this.config.shutdownStepTimeoutMs, deadline - Date.now()));
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), ms);
    });
    try {
      const outcome = await Promise.race([work().then(() => 'done' as const), timeout]);
      if (outcome === 'timeout') this.logger.warn({ step: name }, 'shutdown step timed out');
    } catch (error) {
      this.logger.warn({ step: name, error: error instanceof Error ? error.message : String(error) }, 'shutdown step failed');
    } finally {
      clearTimeout(timer);
    }
  }
}
