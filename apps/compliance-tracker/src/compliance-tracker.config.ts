import { Env, ServiceConfig } from '@homeward/platform';
import { IsInt, Min } from 'class-validator';

export class ComplianceTrackerConfig extends ServiceConfig {
  @Env('PORT') @IsInt() @Min(1)
  override port: number = 3002;
}
