import { createEnvelope, Topics } from '@homeward/contracts';
import { ServiceName } from '@homeward/testing';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSUMER_GROUPS } from './support/consumer-groups';
import { countOf, Effects } from './support/effects';
import { CASE_SIZE, faultRunMix, expectSameEffects, pause, postUnderChaos, RUN_TIMEOUT_MS, referenceEffects, reportFigures, SERVICES } from './support/fault-runs';
import { startSystem, SystemUnderTest } from './support/system-under-test';


/**
 * Faults of the services themselves, each run compared with one fault-free run of the same
 * notifications: consumer groups rebalancing, poison messages, and graceful stops.
 */
describe(`services under faults (${CASE_SIZE} notifications a run)`, () => {
  const children = faultRunMix(CASE_SIZE, 8);
  let reference: Effects;
  let sut: SystemUnderTest | undefined;

  beforeAll(async () => {
    reference = await referenceEffects(children);
  }, RUN_TIMEOUT_MS);

  afterEach(async () => {
    await sut?.stop();
    sut = undefined;
  });

  it('given replicas of protocol-engine and compliance-tracker joining and leaving their consumer groups while notifications flow, ends with the same effects', async () => {
    const started = Date.now();
    const running = (sut = await startSystem());
    const churn = { replicasStarted: 0, replicasStopped: 0 };
    const { posted, effects } = await postUnderChaos(running, children, async (posting) => {
      while (posting() || churn.replicasStopped < 4) {
        const replicas = await running.startReplicas(['protocol-engine', 'compliance-tracker']);
        churn.replicasStarted += 2;
        await pause(1_000, 3_000);
        await replicas.stop();
        churn.replicasStopped += 2;
        await pause(300, 1_000);
      }
    });

    reportFigures('case 2 rebalancing', { notifications: CASE_SIZE, ...posted, ...churn, effects: countOf(effects), seconds: Math.round((Date.now() - started) / 1000) });
    expectSameEffects(reference, effects);
  }, RUN_TIMEOUT_MS);

  it('given a poison message on every partition of each consumed topic, parks each with its reason, logs an error naming the topic, and processes the messages behind it', async () => {
    const started = Date.now();
    const running = (sut = await startSystem());
    const prefix = running.env.topicPrefix;
    const kafka = new Kafka({ clientId: 'poisoner', brokers: running.env.kafkaBrokers, logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    const consumed = [...new Set(CONSUMER_GROUPS.flatMap((c) => c.topics))];
    const partitions = Object.fromEntries(
      (await admin.fetchTopicMetadata({ topics: consumed.map((t) => prefix + t) })).topics.map((t) => [t.name.slice(prefix.length), t.partitions.length]),
    );
    await admin.disconnect();
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    // A well-formed envelope whose data no consumer can use.
    const poison = (topic: string, partition: number) => {
      const envelope = createEnvelope({ type: 'fault-test.poison', version: 1, data: { garbled: true }, correlationId: 'fault-test-poison', producer: 'fault-test' });
      return { partition, key: `poison-${topic}-${partition}`, value: JSON.stringify(envelope), headers: { 'message-id': envelope.id } };
    };
    for (const topic of consumed) {
      await producer.send({ topic: prefix + topic, messages: Array.from({ length: partitions[topic] }, (_, p) => poison(topic, p)) });
    }
    await producer.disconnect();

    // Posted after the poison: on every partition, the real work queues behind it.
    const { posted, effects } = await postUnderChaos(running, children, async () => undefined);
    const parked = await readDeadLetters(kafka, prefix + Topics.deadLetter, CONSUMER_GROUPS.reduce((n, c) => n + c.topics.reduce((m, t) => m + partitions[t], 0), 0));

    reportFigures('case 6 poison', { notifications: CASE_SIZE, ...posted, poisonMessages: Object.values(partitions).reduce((a, b) => a + b, 0), parked: parked.length, effects: countOf(effects), seconds: Math.round((Date.now() - started) / 1000) });
    expectSameEffects(reference, effects);
    const expected = CONSUMER_GROUPS.flatMap((c) => c.topics.flatMap((t) => Array.from({ length: partitions[t] }, (_, p) => `${c.groupId}|${t}|${p}`)));
    expect(parked.map((d) => `${d.groupId}|${d.topic}|${d.partition}`).sort()).toEqual(expected.sort());
    expect(parked.filter((d) => !d.reason || !d.header)).toEqual([]);
    for (const { service, topics } of CONSUMER_GROUPS) {
      const errors = errorLines(join(running.logDir, `${service}.log`)).filter((l) => l.msg === 'message parked on the dead-letter topic');
      expect(topics.filter((t) => !errors.some((l) => l.topic === t))).toEqual([]);
    }
  }, RUN_TIMEOUT_MS);

  it('given each service sent SIGTERM in turn while notifications flow, each exits cleanly within its grace period and the system ends with the same effects', async () => {
    const started = Date.now();
    const running = (sut = await startSystem());
    const stops: { name: ServiceName; ms: number; exit: string }[] = [];
    const { posted, effects } = await postUnderChaos(running, children, async (posting) => {
      for (let i = 0; posting() || i < SERVICES.length; i++) {
        const name = SERVICES[i % SERVICES.length];
        await pause(500, 2_500);
        const child = running.stack.services[name]?.process;
        if (!child) throw new Error(`${name} is not running`);
        const t0 = Date.now();
        await Promise.race([running.stack.kill(name, 'SIGTERM'), pause(20_000)]);
        stops.push({ name, ms: Date.now() - t0, exit: String(child.exitCode ?? child.signalCode ?? 'still running') });
        await running.stack.restart(name);
      }
    });

    reportFigures('case 7 SIGTERM in turn', {
      notifications: CASE_SIZE,
      ...posted,
      stops: stops.length,
      slowestStopMs: Math.max(...stops.map((s) => s.ms)),
      slowestStopMsByService: Object.fromEntries(SERVICES.map((name) => [name, Math.max(0, ...stops.filter((s) => s.name === name).map((s) => s.ms))])),
      effects: countOf(effects),
      seconds: Math.round((Date.now() - started) / 1000),
    });
    // A clean stop ends with code 0, or with SIGTERM itself: Nest re-raises the signal once its shutdown hooks are done.
    expect(stops.filter((s) => s.ms > 15_000 || !['0', 'SIGTERM'].includes(s.exit))).toEqual([]);
    // Finishing or handing back what it holds: no shutdown step cut short by its timeout.
    const cutShort = SERVICES.flatMap((name) => errorLines(join(running.logDir, `${name}.log`), 40).filter((l) => l.msg === 'shutdown step timed out').map((l) => `${name}: ${String(l.step)}`));
    expect(cutShort).toEqual([]);
    expectSameEffects(reference, effects);
  }, RUN_TIMEOUT_MS);
});

interface DeadLetter {
  groupId: string;
  topic: string;
  partition: number;
  reason: string;
  header: string | undefined;
}

/** The suite's dead-letter topic from the start, until `expected` messages are read. */
async function readDeadLetters(kafka: Kafka, topic: string, expected: number): Promise<DeadLetter[]> {
  const consumer = kafka.consumer({ groupId: `dead-letter-reader-${Date.now()}`, maxWaitTimeInMs: 100 });
  const parked: DeadLetter[] = [];
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`read ${parked.length} of ${expected} dead letters`)), 60_000);
      void consumer.run({
        eachMessage: async ({ message }) => {
          const body = JSON.parse(message.value?.toString() ?? '{}') as Omit<DeadLetter, 'header'>;
          parked.push({ ...body, header: message.headers?.['dead-letter-reason']?.toString() });
          if (parked.length >= expected) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
    // Anything beyond the expected count (a message parked twice) shows up here.
    await pause(1_000);
  } finally {
    await consumer.disconnect();
  }
  return parked;
}

/** A service's pino log lines at `minLevel` or above (50: error, 40: warn). */
function errorLines(file: string, minLevel = 50): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((l) => Number(l.level) >= minLevel);
}
