import { Env, ServiceConfig } from '@homeward/platform';
import { IsInt, Matches, Min, MinLength } from 'class-validator';

export class ProtocolEngineConfig extends ServiceConfig {
  @Env('PORT') @IsInt() @Min(1)
  override port: number = 3001;

  /** Keys the hash that recognises a child across notifications; shared with ingest-api. */
  @Env('CHILD_KEY_SECRET') @MinLength(16)
  childKeySecret!: string;

  /** This local authority's code: a looked-after child placed by any other authority is "placed in". */
  @Env('HOME_AUTHORITY_CODE') @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'must be an authority code' })
  homeAuthorityCode: string = 'E10000024';
}
