import { Env, EnvList, ServiceConfig, STAFF_TOKEN_MIN_SECRET_LENGTH } from '@homeward/platform';
import { IsInt, IsString, Matches, Min, MinLength } from 'class-validator';

export class ProtocolEngineConfig extends ServiceConfig {
  @Env('PORT') @IsInt() @Min(1)
  override port: number = 3001;

  /** Keys the hash that recognises a child across notifications; shared with ingest-api. */
  @Env('CHILD_KEY_SECRET') @MinLength(16)
  childKeySecret!: string;

  /** This local authority's code: a looked-after child placed by any other authority is "placed in". */
  @Env('HOME_AUTHORITY_CODE') @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'must be an authority code' })
  homeAuthorityCode: string = 'E10000024';

  /**
   * The police forces covering this authority (their codes as their API keys name them), comma
   * separated: our looked-after child reported by any other force is missing elsewhere (the RHI is
   * arranged in the host area, the IRO informed, the host authority told). Empty: that rule is off.
   */
  @Env('HOME_FORCES') @EnvList() @IsString({ each: true })
  @Matches(/^[A-Za-z0-9-]{2,40}$/, { each: true, message: 'each entry must be a force code (2-40 letters, digits or hyphens)' })
  homeForces: string[] = [];

  /**
   * Who may manage protocol versions: `name:key` pairs, comma separated. The key decides who
   * the audit trail names; with none configured, the admin endpoints refuse everyone.
   */
  @Env('PROTOCOL_ADMIN_KEYS') @EnvList() @IsString({ each: true })
  @Matches(/^[A-Za-z0-9._@-]+:\S{16,}$/, { each: true, message: 'each entry must be name:key with a key of 16+ characters' })
  protocolAdminKeys: string[] = [];

  /**
   * A time-based rule waits until its episode has been quiet this long. Police messages for a
   * past episode can arrive back to back (a missing report replayed, then its found report): a
   * 24-hour review long due must not fire in the seconds between them.
   */
  @Env('TIMER_QUIET_MS') @IsInt() @Min(0)
  timerQuietMs: number = 120_000;

  /** Verifies the staff tokens compliance-tracker signs: the same value as there. */
  @Env('STAFF_TOKEN_SECRET') @IsString() @MinLength(STAFF_TOKEN_MIN_SECRET_LENGTH)
  staffTokenSecret!: string;
}
