import { Env, ServiceConfig } from '@homeward/platform';
import { IsInt, Min, MinLength } from 'class-validator';

export class IngestConfig extends ServiceConfig {
  @Env('PORT') @IsInt() @Min(1)
  override port: number = 3000;

  /** Keys the child's hash in message keys; shared with protocol-engine, never logged. */
  @Env('CHILD_KEY_SECRET') @MinLength(16)
  childKeySecret!: string;
}
