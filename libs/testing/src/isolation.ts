import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Client } from 'pg';

const suffix = (bytes = 5) => randomBytes(bytes).toString('hex');

/**
 * A fresh, empty database on the same server as `baseUrl`; returns its URL.
 * Each suite gets its own, so suites running in parallel never see each other's rows.
 */
export async function createTestDatabase(baseUrl: string): Promise<string> {
  const name = `hw_${suffix(6)}`;
  const client = new Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops a database made by createTestDatabase, disconnecting anyone still on it. */
export async function dropTestDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^hw_[0-9a-f]+$/.test(name)) throw new Error(`refusing to drop ${name}: not a test database`);
  target.pathname = '/postgres';
  const client = new Client({ connectionString: target.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** For KAFKA_TOPIC_PREFIX: `t<random>.`, so a suite's topics are its own (auto-created on first use). */
export function uniqueTopicPrefix(): string {
  return `t${suffix()}.`;
}

/** For QUEUE_PREFIX (BullMQ key prefix): letters, digits, '-' and '_' only. */
export function uniqueQueuePrefix(): string {
  return `q${suffix()}`;
}

/**
 * What a Redis flush means for one suite: every key under its queue prefix deleted (the
 * shared Redis of the run is never flushed whole). Returns how many keys went. One DEL, so the
 * flush is atomic like FLUSHALL: deleting page by page would let a sweep that restores lost
 * alarms run between pages and have its work deleted behind it.
 */
export async function flushQueuePrefix(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl);
  try {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, page] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      keys.push(...page);
      cursor = next;
    } while (cursor !== '0');
    return keys.length > 0 ? await redis.del(...new Set(keys)) : 0;
  } finally {
    redis.disconnect();
  }
}
