import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ServiceConfig } from '../config';
import { runMigrations } from '../database';
import { Readiness } from '../health/readiness';
import { MessageBus } from '../kafka';
import { OutboxRelay } from '../outbox';
import { RedisConnection } from '../redis';

type StopStep = () => Promise<void>;

/**
 * Start-up and shutdown in one place, in the order ARCHITECTURE.md asks for.
 * Start: migrations and dependency checks before any consumer or worker runs.
 * Stop: readiness red, consumers stop, workers close, the outbox drains, connections close;
 * each step bounded so a stuck dependency cannot hold the process past its grace period.
 */
@Injectable()
export class ServiceLifecycle implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Lifecycle');
  private readonly workerSteps: { name: string; stop: StopStep }[] = [];

  constructor(
    private readonly config: ServiceConfig,
    private readonly dataSource: DataSource,
    private readonly redis: RedisConnection,
    private readonly bus: MessageBus,
    private readonly relay: OutboxRelay,
    private readonly readiness: Readiness,
    private readonly options: { schema: string; relayOutbox: boolean },
  ) {}

  /** Apps that publish relay their outbox, unless configuration turns it off (fault tests). */
  private get relaying(): boolean {
    return this.options.relayOutbox && this.config.outboxRelayEnabled;
  }

  /** Queue workers register how to stop; they close after consumers and before the outbox drains. */
  onStop(name: string, stop: StopStep): void {
    this.workerSteps.push({ name, stop });
  }

  async onModuleInit(): Promise<void> {
    await this.redis.connectAndVerify();
    const applied = await runMigrations(this.dataSource, this.options.schema);
    if (applied.length > 0) this.logger.log({ schema: this.options.schema, applied }, 'migrations applied');
  }

  onApplicationBootstrap(): void {
    if (this.relaying) this.relay.start();
  }

  async onModuleDestroy(): Promise<void> {
    this.readiness.markStopping();
    await this.step('stop consumers', () => this.bus.stopConsuming());
    for (const w of this.workerSteps) await this.step(w.name, w.stop);
    if (this.relaying) await this.step('drain outbox', () => this.relay.drain());
    await this.step('close broker connections', () => this.bus.close());
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
