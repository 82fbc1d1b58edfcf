import { Clock } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, waitFor } from '@homeward/testing';
import { isReady, postNotification, validNotification } from '../../test-support/ingest-kit';
import { AppModule } from '../app.module';
import { ingestService } from '../ingest-service';
import { CreateApiKey } from './create-api-key';
import { ListApiKeys } from './list-api-keys';
import { RevokeApiKey } from './revoke-api-key';
import { RotateApiKey } from './rotate-api-key';

jest.setTimeout(60_000);

describe('ingest-api: ops manage police forces’ API keys', () => {
  const clock = new FakeClock('2026-06-02T12:00:00Z');
  let env: TestEnvironment;
  let ingest: RunningService;

  beforeAll(async () => {
    env = await createTestEnvironment({ SHUTDOWN_STEP_TIMEOUT_MS: '1000', RATE_LIMIT_PER_FORCE: '100000' });
    ingest = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], configure: ingestService.configure });
    await waitFor(() => isReady(ingest.url), { timeoutMs: 30_000, description: 'ingest-api ready' });
  });

  afterAll(async () => {
    await ingest?.close();
    await env?.dispose();
  });

  const status = async (key: string) => (await postNotification(ingest.url, key, validNotification())).status;

  it('given keys, lists them with prefix and state but never the secret or its hash', async () => {
    const created = await ingest.app.get(CreateApiKey).execute({ force: 'LIST-F', label: 'niche' });
    const listed = await ingest.app.get(ListApiKeys).execute({ force: 'LIST-F' });
    expect(listed).toEqual([expect.objectContaining({ id: created.id, force: 'LIST-F', label: 'niche', keyPrefix: created.key.slice(0, 10), state: 'active' })]);
    const text = JSON.stringify(listed);
    expect(text).not.toContain(created.key);
    expect(text).not.toMatch(/[0-9a-f]{64}/);
  });

  it('given a rotation with a 24-hour overlap, both keys work until the old one expires, then only the new one', async () => {
    const old = await ingest.app.get(CreateApiKey).execute({ force: 'ROT-F', label: 'v1' });
    const rotated = await ingest.app.get(RotateApiKey).execute({ force: 'ROT-F', overlapHours: 24, label: 'v2' });
    expect(rotated.previousKeyIds).toEqual([old.id]);
    expect(rotated.previousKeysExpireAt).toBe('2026-06-03T12:00:00.000Z');
    expect([await status(old.key), await status(rotated.key)]).toEqual([202, 202]);

    clock.advance(24 * 3_600_000);
    expect([await status(old.key), await status(rotated.key)]).toEqual([401, 202]);
    const states = (await ingest.app.get(ListApiKeys).execute({ force: 'ROT-F' })).map((k) => k.state);
    expect(states).toEqual(['expired', 'active']);
  });

  it('given a revoked key, refuses it at once and keeps the force’s other keys working', async () => {
    const a = await ingest.app.get(CreateApiKey).execute({ force: 'REV-F', label: 'a' });
    const b = await ingest.app.get(CreateApiKey).execute({ force: 'REV-F', label: 'b' });
    const revoked = await ingest.app.get(RevokeApiKey).execute({ id: a.id });
    expect(revoked).toMatchObject({ id: a.id, force: 'REV-F' });
    expect([await status(a.key), await status(b.key)]).toEqual([401, 202]);
  });

  it('given a bad force code or an unknown key id, refuses the command', async () => {
    await expect(ingest.app.get(CreateApiKey).execute({ force: 'no spaces!', label: 'x' })).rejects.toThrow(/force must be/);
    await expect(ingest.app.get(RevokeApiKey).execute({ id: '00000000-0000-0000-0000-000000000000' })).rejects.toThrow(/no API key/);
  });
});
