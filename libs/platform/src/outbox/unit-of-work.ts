import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** Work that must wait for a commit (arming the wake-ups a transaction scheduled); never fails the caller. */
export type AfterCommit = (em: EntityManager) => Promise<void>;

/**
 * Commits a use case's effects and the outbox and wake-up rows they wrote together, then runs
 * what the platform pieces registered for after the commit (the relay woken, the wake-ups
 * armed). Post-commit work lives here once, not in the use cases.
 */
@Injectable()
export class UnitOfWork {
  private readonly logger = new Logger('UnitOfWork');
  private readonly afterCommits: AfterCommit[] = [];

  constructor(private readonly dataSource: DataSource) {}

  onCommitted(hook: AfterCommit): void {
    this.afterCommits.push(hook);
  }

  async run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    let committed: EntityManager | undefined;
    const result = await this.dataSource.transaction(async (em) => {
      committed = em;
      return work(em);
    });
    for (const hook of this.afterCommits) {
      // The effects are committed: what follows is best effort, and each hook's own sweep repairs it.
      await hook(committed!).catch((error: unknown) => this.logger.warn({ error: String(error) }, 'after-commit step failed'));
    }
    return result;
  }
}
