import { Env, ServiceConfig, STAFF_TOKEN_MIN_SECRET_LENGTH } from '@homeward/platform';
import { IsInt, IsString, Max, Min, MinLength } from 'class-validator';

export class IngestConfig extends ServiceConfig {
  @Env('PORT') @IsInt() @Min(1)
  override port: number = 3000;

  /** Keys the child's hash in message keys; shared with protocol-engine, never logged. */
  @Env('CHILD_KEY_SECRET') @MinLength(16)
  childKeySecret!: string;

  /** A notification is a few kilobytes; anything far larger is refused before it is read whole. */
  @Env('MAX_BODY_BYTES') @IsInt() @Min(1024) @Max(10 * 1024 * 1024)
  maxBodyBytes: number = 64 * 1024;

  /** Requests one force may make per window, counted in Redis across all replicas. */
  @Env('RATE_LIMIT_PER_FORCE') @IsInt() @Min(1)
  rateLimitPerForce: number = 600;

  @Env('RATE_LIMIT_WINDOW_MS') @IsInt() @Min(1000)
  rateLimitWindowMs: number = 60_000;

  /**
   * An occurredAt further back than this is refused (400): a year covers a force replaying a
   * backlog and a long episode's FOUND (its own time is recent), and catches a mistyped year.
   */
  @Env('OCCURRED_AT_MAX_AGE_DAYS') @IsInt() @Min(1) @Max(3650)
  occurredAtMaxAgeDays: number = 366;

  /** Verifies the staff tokens compliance-tracker signs (staff record placement notices): the same value as there. */
  @Env('STAFF_TOKEN_SECRET') @IsString() @MinLength(STAFF_TOKEN_MIN_SECRET_LENGTH)
  staffTokenSecret!: string;

  /** A notification published this long ago with no decision is handed to the protocol again, and ops alerted. */
  @Env('UNDECIDED_AFTER_SECONDS') @IsInt() @Min(1)
  undecidedAfterSeconds: number = 600;

  @Env('UNDECIDED_CHECK_INTERVAL_MS') @IsInt() @Min(100)
  undecidedCheckIntervalMs: number = 60_000;

  /** The council's records schedule for ingest's transit copy of a notification, counted from its decision. */
  @Env('NOTIFICATION_BODY_RETENTION_DAYS') @IsInt() @Min(1)
  notificationBodyRetentionDays: number = 30;

  @Env('RETENTION_CHECK_INTERVAL_MS') @IsInt() @Min(100)
  retentionCheckIntervalMs: number = 3_600_000;
}
