import { createEnvelope, EventEnvelope } from '@homeward/contracts';
import { INestApplication, Type } from '@nestjs/common';
import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { infrastructureFromEnv } from './infrastructure';
import { createTestDatabase, dropTestDatabase, uniqueQueuePrefix, uniqueTopicPrefix } from './isolation';
import { TEST_STAFF_TOKEN_SECRET } from './staff-token';

/** What a suite's services share: its own database, topic prefix and queue prefix on the run's infrastructure. */
export interface TestEnvironment {
  env: Record<string, string>;
  topicPrefix: string;
  databaseUrl: string;
  redisUrl: string;
  kafkaBrokers: string[];
  /** Publishes an envelope to a (prefixed) topic as another service's relay would. */
  publish(topic: string, envelope: EventEnvelope, key?: string): Promise<void>;
  dispose(): Promise<void>;
}

export async function createTestEnvironment(extra: Record<string, string> = {}): Promise<TestEnvironment> {
  const infra = infrastructureFromEnv();
  if (!infra) throw new Error('no test infrastructure: run through `npm test` (jest globalSetup starts it)');
  const databaseUrl = await createTestDatabase(infra.databaseUrl);
  const topicPrefix = uniqueTopicPrefix();
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '8',
    REDIS_URL: infra.redisUrl,
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    KAFKA_IDEMPOTENT_PRODUCER: 'false',
    KAFKA_TOPIC_PREFIX: topicPrefix,
    QUEUE_PREFIX: uniqueQueuePrefix(),
    CHILD_KEY_SECRET: 'test-child-key-secret-0123456789',
    STAFF_TOKEN_SECRET: TEST_STAFF_TOKEN_SECRET,
    OUTBOX_POLL_INTERVAL_MS: '50',
    SHUTDOWN_STEP_TIMEOUT_MS: '3000',
    // Suites send many refused requests from 127.0.0.1; each service has one spec of the real limit.
    UNAUTHENTICATED_LIMIT_PER_IP: '1000000',
    ...extra,
  };
  let producer: Promise<Producer> | undefined;
  const kafka = new Kafka({ clientId: 'test-publisher', brokers: infra.kafkaBrokers, logLevel: logLevel.NOTHING });
  return {
    env,
    topicPrefix,
    databaseUrl,
    redisUrl: infra.redisUrl,
    kafkaBrokers: infra.kafkaBrokers,
    async publish(topic, envelope, key = envelope.id) {
      producer ??= (async () => {
        const p = kafka.producer({ allowAutoTopicCreation: true, createPartitioner: Partitioners.DefaultPartitioner });
        await p.connect();
        return p;
      })();
      await (await producer).send({
        topic: topicPrefix + topic,
        messages: [{ key, value: JSON.stringify(envelope), headers: { 'message-id': envelope.id } }],
      });
    },
    async dispose() {
      await (await producer)?.disconnect();
      await dropTestDatabase(databaseUrl);
    },
  };
}

/** An envelope as another service would publish it, for feeding a consumer directly. */
export function testEnvelope<T>(type: string, data: T, producer = 'test'): EventEnvelope<T> {
  return createEnvelope({ type, version: 1, data, correlationId: `test-${type}`, producer });
}

export interface RunningService {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

const SETTLE_BOUND_MS = 30_000;

function optional<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined; // an app without that provider
  }
}

/**
 * Boots one app in this process with the suite's environment (config is read at module
 * creation, so env is applied just for the boot), optionally overriding providers such as
 * the Clock; listens on a free port.
 */
export async function startServiceInProcess(
  appModule: Type<unknown>,
  environment: TestEnvironment,
  options: {
    overrides?: { provide: unknown; useValue: unknown }[];
    env?: Record<string, string>;
    /** The app's own HTTP setup (body limits...), as its main.ts passes it to bootstrapService. */
    configure?: (app: INestApplication) => void;
  } = {},
): Promise<RunningService> {
  // Loaded lazily so pure suites importing @homeward/testing never pull in Nest.
  const { createService, MessageBus, Readiness } = await import('@homeward/platform');
  const { Test } = await import('@nestjs/testing');
  const saved = { ...process.env };
  Object.assign(process.env, environment.env, options.env ?? {});
  try {
    let builder = Test.createTestingModule({ imports: [appModule] });
    for (const o of options.overrides ?? []) builder = builder.overrideProvider(o.provide).useValue(o.useValue);
    const moduleRef = await builder.compile();
    const app = await createService(appModule, { title: 'test', description: 'test', configure: options.configure }, moduleRef);
    await app.listen(0, '127.0.0.1');
    app.get(Readiness).markStarted();
    const address = app.getHttpServer().address() as { port: number };
    const bus = optional(() => app.get(MessageBus, { strict: false }));
    const close = async () => {
      await app.close();
      if (!bus) return;
      // Shutdown steps are bounded; a consumer stopped mid-join goes on failing for a while and
      // must not outlive the test file (Jest flags work that runs after its environment is gone).
      await Promise.race([bus.settled(), new Promise((resolve) => setTimeout(resolve, SETTLE_BOUND_MS).unref())]);
    };
    return { app, url: `http://127.0.0.1:${address.port}`, close };
  } finally {
    process.env = saved;
  }
}
