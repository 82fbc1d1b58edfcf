import { Kafka, logLevel } from 'kafkajs';
import Redis from 'ioredis';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildStream } from './notification-mix';
import type { SystemUnderTest } from './system-under-test';

/** Strings that identify a child: names, dates of birth, postcodes and free text the police sent. */
export function personalDataOf(children: ChildStream[]): string[] {
  const found = new Set<string>();
  for (const n of children.flat()) {
    found.add(n.child.familyName);
    found.add(n.child.dateOfBirth);
    if (n.location?.postcode) found.add(n.location.postcode);
    if (n.location?.description) found.add(n.location.description);
    if (n.found?.returnedTo) found.add(n.found.returnedTo);
  }
  return [...found];
}

export interface Exposure {
  where: string;
  value: string;
}

function exposures(where: string, text: string, personal: string[]): Exposure[] {
  return personal.filter((p) => text.includes(p)).map((value) => ({ where, value }));
}

/** Service logs, Redis keys and values, Kafka keys and headers, and metric labels. */
export async function scanForPersonalData(sut: SystemUnderTest, personal: string[]): Promise<Exposure[]> {
  const found: Exposure[] = [];
  for (const file of readdirSync(sut.logDir)) found.push(...exposures(`log ${file}`, readFileSync(join(sut.logDir, file), 'utf8'), personal));

  const redis = new Redis(sut.env.redisUrl);
  try {
    const keys = await redis.keys(`${sut.env.env.QUEUE_PREFIX}:*`);
    for (const key of keys) {
      const type = await redis.type(key);
      const value =
        type === 'string' ? await redis.get(key) : type === 'hash' ? JSON.stringify(await redis.hgetall(key)) : type === 'list' ? JSON.stringify(await redis.lrange(key, 0, -1)) : type === 'zset' ? JSON.stringify(await redis.zrange(key, 0, -1)) : type === 'set' ? JSON.stringify(await redis.smembers(key)) : '';
      found.push(...exposures(`redis ${key}`, `${key} ${value ?? ''}`, personal));
    }
  } finally {
    redis.disconnect();
  }

  const kafka = new Kafka({ clientId: 'pii-scan', brokers: sut.env.kafkaBrokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const topics = (await admin.listTopics()).filter((t) => t.startsWith(sut.env.topicPrefix));
  // What the broker still holds: a partition it trimmed starts at its low offset.
  const ends = await Promise.all(topics.map(async (t) => ({ topic: t, high: (await admin.fetchTopicOffsets(t)).reduce((s, p) => s + Number(p.high) - Number(p.low), 0) })));
  await admin.disconnect();
  const total = ends.reduce((s, t) => s + t.high, 0);
  const consumer = kafka.consumer({ groupId: `pii-scan-${Date.now()}`, maxWaitTimeInMs: 100 });
  let seen = 0;
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    // A bound, not a measure: on two busy cores the whole suite beside it once slowed 3,107 messages past two minutes.
    const timer = setTimeout(() => reject(new Error(`scanned ${seen} of ${total} Kafka messages`)), 240_000);
    void consumer.run({
      eachMessage: async ({ topic, message }) => {
        const headers = Object.entries(message.headers ?? {}).map(([k, v]) => `${k}=${String(v)}`).join(' ');
        found.push(...exposures(`kafka ${topic} key/headers`, `${message.key?.toString() ?? ''} ${headers}`, personal));
        if (++seen >= total) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();

  for (const name of ['ingest-api', 'protocol-engine', 'compliance-tracker', 'alerting'] as const) {
    const metrics = await (await fetch(`${sut.stack.url(name)}/metrics`)).text();
    found.push(...exposures(`metrics ${name}`, metrics, personal));
  }
  return found;
}
