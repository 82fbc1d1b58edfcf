import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ServiceConfig } from '../config';
import { runMigrations } from '../database';
import { Readiness } from '../health/readiness';
import { RedisConnection } from '../redis';

type StopStep = () => Promise<void>;

/** The shutdown order ARCHITECTURE.md asks for: nothing new comes in before what is in flight finishes and goes out. */
export const STOP_PHASES = ['consumers', 'workers', 'outbox', 'connections'] as const;
export type StopPhase = (typeof STOP_PHASES)[number];

/**
 * Start-up and shutdown in one place. Start: migrations and dependency checks before any
 * consumer or worker runs. Stop: readiness red, then each piece's registered steps phase by
 * phase (consumers stop, workers close, the outbox drains, connections close), Redis last;
 * each step bounded so a stuck dependency cannot hold the process past its grace period.
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
    for (const phase of STOP_PHASES) {
      for (const s of this.steps.filter((step) => step.phase === phase)) await this.step(s.name, s.stop);
    }
    await this.step('close redis', () => this.redis.close());
  }

  private async step(name: string, work: StopStep): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.config.shutdownStepTimeoutMs);
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
