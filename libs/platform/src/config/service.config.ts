import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { Env } from './env.decorator';
import { IsTrustProxy } from './trust-proxy';

// Each reads the raw string (@Type(() => String)), so implicit conversion cannot turn "false" into true first.

/** A true/false environment variable. */
export const EnvFlag = (): PropertyDecorator => (target, key) => {
  Type(() => String)(target, key);
  Transform(({ value }: { value: unknown }) => (value === undefined ? undefined : String(value).toLowerCase() === 'true'))(target, key);
};

/** A comma-separated environment variable, as a list of trimmed entries. */
export const EnvList = (): PropertyDecorator => (target, key) => {
  Type(() => String)(target, key);
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value))(target, key);
};

/** What every Homeward service needs; each app extends it with its own settings. */
export class ServiceConfig {
  /** Production unless said otherwise: `npm start` says development and the test harness test. */
  @Env('NODE_ENV') @IsIn(['development', 'test', 'production'])
  nodeEnv: 'development' | 'test' | 'production' = 'production';

  @Env('HOST') @IsString()
  host: string = '0.0.0.0';

  @Env('PORT') @IsInt() @Min(1) @Max(65535)
  port!: number;

  @Env('LOG_LEVEL') @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  logLevel: string = 'info';

  @Env('DATABASE_URL') @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  databaseUrl!: string;

  @Env('DATABASE_POOL_SIZE') @IsInt() @Min(1) @Max(100)
  databasePoolSize: number = 10;

  @Env('REDIS_URL') @Matches(/^rediss?:\/\/.+/, { message: 'must be a redis:// URL' })
  redisUrl!: string;

  @Env('KAFKA_BROKERS') @EnvList() @IsString({ each: true }) @MinLength(3, { each: true })
  kafkaBrokers!: string[];

  /** Off only for the librdkafka mock broker, which rejects idempotent producers. */
  @Env('KAFKA_IDEMPOTENT_PRODUCER') @EnvFlag() @IsBoolean()
  kafkaIdempotentProducer: boolean = true;

  /**
   * How long a fetch waits for data. Short, because the development broker (librdkafka's mock)
   * answers a fetch only when this expires, and every hop of a notification waits on one.
   */
  @Env('KAFKA_FETCH_MAX_WAIT_MS') @IsInt() @Min(10) @Max(10_000)
  kafkaFetchMaxWaitMs: number = 100;

  /**
   * How long the group waits for a consumer that stopped heart-beating. A crashed replica's
   * partitions are handed to the others, or to it on restart, only after this.
   */
  @Env('KAFKA_SESSION_TIMEOUT_MS') @IsInt() @Min(6_000) @Max(300_000)
  kafkaSessionTimeoutMs: number = 10_000;

  /**
   * Partitions a consumer works on at once. Messages are keyed by child, so each child's events
   * stay in order while other children's database round trips overlap.
   */
  @Env('KAFKA_PARTITIONS_CONSUMED_CONCURRENTLY') @IsInt() @Min(1) @Max(64)
  kafkaPartitionsConsumedConcurrently: number = 4;

  /** Lets tests run isolated topic sets on one broker; empty in production. */
  @Env('KAFKA_TOPIC_PREFIX') @IsOptional() @Matches(/^[a-zA-Z0-9._-]*$/)
  kafkaTopicPrefix: string = '';

  @Env('QUEUE_PREFIX') @Matches(/^[a-zA-Z0-9_-]+$/)
  queuePrefix: string = 'homeward';

  @Env('OUTBOX_POLL_INTERVAL_MS') @IsInt() @Min(10)
  outboxPollIntervalMs: number = 250;

  /** Refusals by the broker (not outages) after which a row is abandoned, with an ops alert, so later rows flow. */
  @Env('OUTBOX_MAX_ATTEMPTS') @IsInt() @Min(1)
  outboxMaxAttempts: number = 10;

  /** Published (or abandoned) outbox rows hold whole events, children's data included: kept this long, then deleted. */
  @Env('OUTBOX_RETENTION_HOURS') @IsInt() @Min(1)
  outboxRetentionHours: number = 168;

  @Env('OUTBOX_PRUNE_INTERVAL_MS') @IsInt() @Min(100)
  outboxPruneIntervalMs: number = 600_000;

  /** The broker's `message.max.bytes`: a bigger message is refused before it is sent, as the broker would. */
  @Env('KAFKA_MAX_MESSAGE_BYTES') @IsInt() @Min(1_024)
  kafkaMaxMessageBytes: number = 1_048_588;

  /** Off only in fault tests that crash a service between its commit and the relay's publish. */
  @Env('OUTBOX_RELAY_ENABLED') @EnvFlag() @IsBoolean()
  outboxRelayEnabled: boolean = true;

  @Env('SHUTDOWN_STEP_TIMEOUT_MS') @IsInt() @Min(100)
  shutdownStepTimeoutMs: number = 10_000;

  /** Every shutdown step together: within Docker's default 10 s, and compose's stop_grace_period (15 s) leaves room for Nest's own close. */
  @Env('SHUTDOWN_GRACE_MS') @IsInt() @Min(100)
  shutdownGraceMs: number = 8_000;

  /** On shutdown, HTTP answers in flight get this long (at most half a step) before their connections are cut (clients retry, as for a crash). */
  @Env('SHUTDOWN_HTTP_DRAIN_MS') @IsInt() @Min(0)
  shutdownHttpDrainMs: number = 2_000;

  /**
   * Requests without valid credentials (401s) one client address may make per window, counted
   * in Redis across replicas; past it, 429 with Retry-After until the window ends.
   */
  @Env('UNAUTHENTICATED_LIMIT_PER_IP') @IsInt() @Min(1)
  unauthenticatedLimitPerIp: number = 60;

  @Env('UNAUTHENTICATED_LIMIT_WINDOW_SECONDS') @IsInt() @Min(1) @Max(86_400)
  unauthenticatedLimitWindowSeconds: number = 60;

  /** See IsTrustProxy: `false` unless a proxy (for compliance-tracker, staff-web) is in front. */
  @Env('TRUST_PROXY') @IsTrustProxy()
  trustProxy: string = 'false';

  /** What a 503 tells a sender (a police system, a school's) to wait before retrying while PostgreSQL is unavailable. */
  @Env('UNAVAILABLE_RETRY_AFTER_SECONDS') @IsInt() @Min(1)
  unavailableRetryAfterSeconds: number = 5;

  /** How often the wake-up sweep puts back what Redis lost and fires what fell due unseen. */
  @Env('WAKE_UP_SWEEP_INTERVAL_MS') @IsInt() @Min(100)
  wakeUpSweepIntervalMs: number = 30_000;
}
