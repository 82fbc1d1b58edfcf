import * as fs from 'node:fs';
import * as path from 'node:path';
import { KafkaMockHandle, startKafkaMock } from './kafka-mock';
import { PostgresHandle, startPostgres } from './postgres';
import { RedisHandle, startRedis } from './redis';

export interface InfrastructurePorts {
  postgres?: number;
  redis?: number;
}

export interface LocalInfrastructureOptions {
  /** Holds pg/, redis/ and kafka-mock.log; reuse it to keep data between starts. */
  dataDir: string;
  /** Omitted ports are picked free. (The Kafka mock always picks its own.) */
  ports?: InfrastructurePorts;
  /** false for throwaway test clusters: no fsync. Default true. */
  durable?: boolean;
  /** Created up front; default ALL_TOPICS. Others are auto-created on first use. */
  topics?: readonly string[];
  /** Partitions of each topic created up front (default 12); the mock keeps ~5 MB a partition. */
  kafkaPartitions?: number;
}

export interface Infrastructure {
  databaseUrl: string;
  redisUrl: string;
  /** host:port entries; join with ',' for KAFKA_BROKERS. */
  kafkaBrokers: string[];
  stop(): Promise<void>;
}

export interface LocalInfrastructure extends Infrastructure {
  postgres: PostgresHandle;
  redis: RedisHandle;
  kafka: KafkaMockHandle;
}

/** Stops in reverse order and keeps going: one failed stop must not leak the others. */
async function stopEach(pieces: Array<{ stop(): Promise<void> }>): Promise<void> {
  const errors: unknown[] = [];
  for (const piece of [...pieces].reverse()) await piece.stop().catch((err) => errors.push(err));
  if (errors.length) throw errors[0];
}

/** PostgreSQL, Redis and the Kafka mock from local binaries, started in parallel. */
export async function startLocalInfrastructure(opts: LocalInfrastructureOptions): Promise<LocalInfrastructure> {
  const dataDir = path.resolve(opts.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  // Root runs PostgreSQL as the postgres user, who must be able to enter our data dir
  // (mkdtemp makes it 0700); execute-only lets it through without listing anything.
  if (process.getuid?.() === 0) fs.chmodSync(dataDir, fs.statSync(dataDir).mode | 0o011);
  const results = await Promise.allSettled([
    startPostgres({ dataDir: path.join(dataDir, 'pg'), port: opts.ports?.postgres, durable: opts.durable }),
    startRedis({ dataDir: path.join(dataDir, 'redis'), port: opts.ports?.redis }),
    startKafkaMock({ topics: opts.topics, partitions: opts.kafkaPartitions, logFile: path.join(dataDir, 'kafka-mock.log') }),
  ]);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    const up = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    await stopEach(up).catch(() => undefined);
    throw failed.reason;
  }
  const [postgres, redis, kafka] = results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as [
    PostgresHandle,
    RedisHandle,
    KafkaMockHandle,
  ];
  let stopping: Promise<void> | undefined;
  return {
    databaseUrl: postgres.url,
    redisUrl: redis.url,
    kafkaBrokers: kafka.brokers,
    postgres,
    redis,
    kafka,
    stop: () => (stopping ??= stopEach([postgres, redis, kafka])),
  };
}
