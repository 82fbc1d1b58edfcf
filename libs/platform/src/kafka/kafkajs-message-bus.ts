import { Injectable, Logger } from '@nestjs/common';
import { Consumer, IHeaders, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { ServiceConfig } from '../config';
import { Correlation } from '../logging';
import { Metrics } from '../metrics/metrics';
import { isEventEnvelope, Topics } from '@homeward/contracts';
import { DeliveredEvent, MessageBus, MessageRejectedError, OutgoingMessage, PoisonMessageError, Subscription } from './message-bus';

/** kafkajs's own test (not exported): the group coordinator wants every member to rejoin. */
function isRebalancing(error: unknown): boolean {
  for (let e = error as { type?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.type === 'REBALANCE_IN_PROGRESS' || e.type === 'NOT_COORDINATOR_FOR_GROUP' || e.type === 'ILLEGAL_GENERATION') return true;
  }
  return false;
}

/** The broker's answers that mean "never this message", whatever the retries. */
const REFUSALS = new Set(['MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE', 'INVALID_TOPIC_EXCEPTION', 'INVALID_RECORD', 'CORRUPT_MESSAGE']);

function refusal(error: unknown): string | undefined {
  for (let e = error as { type?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.type && REFUSALS.has(e.type)) return e.type;
  }
  return undefined;
}

function headersToRecord(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined) out[name] = Array.isArray(value) ? String(value[0]) : String(value);
  }
  return out;
}

@Injectable()
export class KafkaJsMessageBus extends MessageBus {
  private readonly logger = new Logger('MessageBus');
  private readonly kafka: Kafka;
  private producer?: Promise<Producer>;
  private readonly consumers: { consumer: Consumer; running: boolean }[] = [];
  /** Once stopping, a consumer that fails (e.g. still joining its group) must not be restarted. */
  private stopping = false;
  /** Consumers' runs, disconnects and replacements under way: what settled() waits for. */
  private readonly underWay = new Set<Promise<unknown>>();

  constructor(
    private readonly config: ServiceConfig,
    private readonly metrics: Metrics,
    serviceName: string,
  ) {
    super();
    this.kafka = new Kafka({
      clientId: serviceName,
      brokers: config.kafkaBrokers,
      logLevel: logLevel.WARN,
      logCreator: () => ({ level, log }) => this.logger.warn({ level, message: log.message, error: log.error }),
      retry: { retries: 8, initialRetryTime: 200 },
    });
  }

  private topic(name: string): string {
    return this.config.kafkaTopicPrefix + name;
  }

  private connectedProducer(): Promise<Producer> {
    this.producer ??= (async () => {
      const producer = this.kafka.producer({
        // Java-compatible murmur2: one child's events land on one partition whichever service keys them.
        createPartitioner: Partitioners.DefaultPartitioner,
        idempotent: this.config.kafkaIdempotentProducer,
        maxInFlightRequests: this.config.kafkaIdempotentProducer ? 1 : undefined,
        allowAutoTopicCreation: this.config.kafkaTopicPrefix !== '',
      });
      await producer.connect();
      return producer;
    })().catch((error: unknown) => {
      this.producer = undefined;
      throw error;
    });
    return this.producer;
  }

  async publish(messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const tooLarge = messages.find((m) => Buffer.byteLength(m.value) + Buffer.byteLength(m.key) > this.config.kafkaMaxMessageBytes);
    if (tooLarge) throw new MessageRejectedError(`MESSAGE_TOO_LARGE: a message on ${tooLarge.topic} exceeds ${this.config.kafkaMaxMessageBytes} bytes`);
    const producer = await this.connectedProducer();
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const m of messages) byTopic.set(m.topic, [...(byTopic.get(m.topic) ?? []), m]);
    await producer
      .sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, list]) => ({
          topic: this.topic(topic),
          messages: list.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
        })),
      })
      .catch((error: unknown) => {
        const type = refusal(error);
        throw type ? new MessageRejectedError(`${type}: ${error instanceof Error ? error.message : String(error)}`) : error;
      });
  }

  async subscribe(subscription: Subscription): Promise<void> {
    const { groupId, topics, handler } = subscription;
    const consumer = this.kafka.consumer({
      groupId: this.config.kafkaTopicPrefix + groupId,
      allowAutoTopicCreation: this.config.kafkaTopicPrefix !== '',
      sessionTimeout: this.config.kafkaSessionTimeoutMs,
      heartbeatInterval: Math.floor(this.config.kafkaSessionTimeoutMs / 10),
      maxWaitTimeInMs: this.config.kafkaFetchMaxWaitMs,
      retry: { retries: 8, initialRetryTime: 200, restartOnFailure: async () => !this.stopping },
    });
    const entry = { consumer, running: false };
    this.consumers.push(entry);
    consumer.on(consumer.events.CRASH, (e) => {
      entry.running = false;
      this.logger.error({ groupId, error: e.payload.error.message, restarting: e.payload.restart }, 'consumer crashed');
      // kafkajs gives up on errors it deems fatal; a service that stops consuming must not stay up silently.
      if (!e.payload.restart && !this.stopping) void this.track(this.replace(entry, subscription));
    });
    consumer.on(consumer.events.GROUP_JOIN, () => (entry.running = true));
    await consumer.connect();
    await consumer.subscribe({ topics: topics.map((t) => this.topic(t)), fromBeginning: true });
    if (this.stopping) {
      await consumer.disconnect();
      return;
    }
    // Not awaited: joining the group can wait out a dead member's session; readiness stays red until GROUP_JOIN.
    const run = consumer
      .run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: this.config.kafkaPartitionsConsumedConcurrently,
        eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
          const bareTopic = batch.topic.slice(this.config.kafkaTopicPrefix.length);
          let next: string | undefined;
          try {
            for (const message of batch.messages) {
              if (!isRunning() || isStale()) break;
              const event = this.decode(bareTopic, batch.partition, message.offset, message.key, message.value, message.headers);
              let outcome = 'handled';
              try {
                if (!event) throw new PoisonMessageError('not an event envelope');
                await Correlation.run(event.envelope.correlationId, () => handler(event));
              } catch (error) {
                if (!(error instanceof PoisonMessageError)) throw error; // redelivered: kafkajs retries with backoff
                outcome = 'dead-lettered';
                await this.deadLetter(groupId, bareTopic, batch.partition, message.offset, message.value, error.message);
              }
              resolveOffset(message.offset);
              next = (BigInt(message.offset) + 1n).toString();
              this.metrics.messagesConsumed.inc({ topic: bareTopic, outcome });
              await heartbeat();
            }
          } finally {
            // One commit per batch, after the handlers' transactions (also when one failed, for those
            // before it): a crash before here redelivers the batch's handled messages, which the inbox absorbs.
            if (next !== undefined) await this.commit(consumer, groupId, batch.topic, batch.partition, next);
          }
        },
      })
      .catch((error: unknown) => this.logger.error({ groupId, error: String(error) }, 'consumer stopped'));
    void this.track(run);
  }

  private track(work: Promise<unknown>): Promise<unknown> {
    const settledWork = work.catch(() => undefined).finally(() => this.underWay.delete(settledWork));
    this.underWay.add(settledWork);
    return settledWork;
  }

  private async commit(consumer: Consumer, groupId: string, topic: string, partition: number, offset: string): Promise<void> {
    await consumer.commitOffsets([{ topic, partition, offset }]).catch((error: unknown) => {
      // A commit refused because the group is rebalancing must not crash the consumer: kafkajs treats
      // that error as non-retriable and would never restart it. Left uncommitted, the messages are
      // redelivered to the partition's next owner (the inbox absorbs them); the next heartbeat rejoins.
      if (!isRebalancing(error)) throw error;
      this.logger.warn({ groupId, topic: topic.slice(this.config.kafkaTopicPrefix.length), partition, offset }, 'offset not committed: group rebalancing');
    });
  }

  private async replace(entry: { consumer: Consumer; running: boolean }, subscription: Subscription): Promise<void> {
    this.consumers.splice(this.consumers.indexOf(entry), 1);
    await entry.consumer.disconnect().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    if (this.stopping) return;
    await this.subscribe(subscription).catch((error: unknown) =>
      this.logger.error({ groupId: subscription.groupId, error: String(error) }, 'could not re-create a crashed consumer'),
    );
  }

  private async deadLetter(groupId: string, topic: string, partition: number, offset: string, value: Buffer | null, reason: string) {
    this.logger.error({ groupId, topic, partition, offset, reason }, 'message parked on the dead-letter topic');
    await this.publish([
      {
        topic: Topics.deadLetter,
        key: `${topic}-${partition}-${offset}`,
        value: JSON.stringify({ groupId, topic, partition, offset, reason, value: value?.toString('base64') ?? null }),
        headers: { 'dead-letter-reason': reason.slice(0, 200) },
      },
    ]);
  }

  private decode(
    topic: string,
    partition: number,
    offset: string,
    key: Buffer | null,
    value: Buffer | null,
    headers: IHeaders | undefined,
  ): DeliveredEvent | null {
    let envelope: unknown;
    try {
      envelope = JSON.parse(value?.toString('utf8') ?? '');
    } catch {
      envelope = undefined;
    }
    if (!isEventEnvelope(envelope)) return null;
    return { topic, partition, offset, key: key?.toString('utf8') ?? null, headers: headersToRecord(headers), envelope };
  }

  async stopConsuming(): Promise<void> {
    this.stopping = true;
    const disconnects = Promise.all(this.consumers.map((c) => c.consumer.disconnect()));
    void this.track(disconnects);
    await disconnects;
    this.consumers.forEach((c) => (c.running = false));
  }

  async isHealthy(): Promise<boolean> {
    if (this.consumers.some((c) => !c.running)) return false;
    try {
      await this.connectedProducer();
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.stopConsuming();
    const producer = await this.producer?.catch(() => undefined);
    await producer?.disconnect();
  }

  async settled(): Promise<void> {
    while (this.underWay.size > 0) await Promise.all([...this.underWay]);
  }
}
