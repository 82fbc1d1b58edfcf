import { Module } from '@nestjs/common';
import { ForceRateLimitGuard } from './force-rate-limit.guard';

/** The per-force cap; its counter is the platform's FixedWindowCounter. */
@Module({
  providers: [ForceRateLimitGuard],
  exports: [ForceRateLimitGuard],
})
export class RateLimitsModule {}
