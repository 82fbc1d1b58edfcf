import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import { FakeClock, uniqueQueuePrefix, uniqueTopicPrefix, waitFor, waitForHttp } from './index';

describe('waitFor', () => {
  it('resolves with the first truthy value', async () => {
    let calls = 0;
    await expect(waitFor(() => (++calls >= 3 ? 'done' : undefined), { intervalMs: 1 })).resolves.toBe('done');
    expect(calls).toBe(3);
  });

  it('treats a throw as not yet, and says what it waited for and last saw', async () => {
    await expect(
      waitFor(
        () => {
          throw new Error('still empty');
        },
        { timeoutMs: 50, intervalMs: 10, description: 'the queue to fill' },
      ),
    ).rejects.toThrow(/waiting for the queue to fill; last error: still empty/);
  });
});

describe('waitForHttp', () => {
  it('polls until the predicate accepts the response', async () => {
    let hits = 0;
    const server = http.createServer((_req, res) => {
      hits++;
      res.statusCode = hits >= 3 ? 200 : 503;
      res.end(JSON.stringify({ hits }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await waitForHttp(`http://127.0.0.1:${port}/`, undefined, { intervalMs: 5 });
      expect(res.json<{ hits: number }>().hits).toBe(3);
    } finally {
      server.close();
    }
  });
});

describe('FakeClock', () => {
  it('moves only when told', () => {
    const clock = new FakeClock('2025-03-01T10:00:00Z');
    expect(clock.now().toISOString()).toBe('2025-03-01T10:00:00.000Z');
    clock.advance(90 * 60_000);
    expect(clock.now().toISOString()).toBe('2025-03-01T11:30:00.000Z');
    clock.set('2025-12-25T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2025-12-25T00:00:00.000Z');
  });
});

describe('unique prefixes', () => {
  it('are distinct and valid for Kafka topics and BullMQ', () => {
    expect(uniqueTopicPrefix()).not.toBe(uniqueTopicPrefix());
    expect(uniqueTopicPrefix()).toMatch(/^[a-zA-Z0-9._-]+$/);
    expect(uniqueQueuePrefix()).toMatch(/^[a-zA-Z0-9_-]+$/);
  });
});
