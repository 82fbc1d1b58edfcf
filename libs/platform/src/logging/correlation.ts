import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

interface CorrelationScope {
  correlationId: string;
}

const storage = new AsyncLocalStorage<CorrelationScope>();

/** Carries one correlation id through HTTP requests, Kafka handlers and queue jobs. */
export const Correlation = {
  header: 'x-correlation-id',
  run<T>(correlationId: string | undefined, work: () => T): T {
    return storage.run({ correlationId: correlationId || randomUUID() }, work);
  },
  current(): string | undefined {
    return storage.getStore()?.correlationId;
  },
  currentOrNew(): string {
    return storage.getStore()?.correlationId ?? randomUUID();
  },
};
