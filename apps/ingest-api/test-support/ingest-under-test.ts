import { Clock } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, waitFor } from '@homeward/testing';
import { ApiKeyScope } from '../src/api-keys/api-key-scope';
import { CreateApiKey } from '../src/api-keys/create-api-key';
import { AppModule } from '../src/app.module';
import { ingestService } from '../src/ingest-service';
import { IngestRows, isReady } from './ingest-kit';

/** ingest-api in process on its own test environment, on a fake clock, with its rows to read. */
export interface IngestUnderTest {
  env: TestEnvironment;
  ingest: RunningService;
  rows: IngestRows;
  clock: FakeClock;
  /** A sender's API key: a police force's (the default scope) or a placing authority's. */
  keyFor(force: string, scope?: ApiKeyScope): Promise<string>;
  close(): Promise<void>;
}

/**
 * Started and ready (its consumer has joined: see isReady). A quick shutdown step and a per-force
 * limit no test reaches, unless the config given says otherwise.
 */
export async function startIngest(config: Record<string, string> = {}, clock = new FakeClock('2026-06-02T12:00:00Z')): Promise<IngestUnderTest> {
  const env = await createTestEnvironment({ SHUTDOWN_STEP_TIMEOUT_MS: '1000', RATE_LIMIT_PER_FORCE: '1000000', ...config });
  const ingest = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], configure: ingestService.configure });
  const rows = await IngestRows.open(env.databaseUrl);
  await waitFor(() => isReady(ingest.url), { timeoutMs: 30_000, description: 'ingest-api ready' });
  return {
    env,
    ingest,
    rows,
    clock,
    keyFor: async (force, scope) => (await ingest.app.get(CreateApiKey).execute({ force, label: 'test', ...(scope && { scope }) })).key,
    close: async () => {
      await rows.close();
      await ingest.close();
      await env.dispose();
    },
  };
}
