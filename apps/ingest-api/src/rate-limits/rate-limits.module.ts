import { Module } from '@nestjs/common';
import { FixedWindowCounter } from './fixed-window-counter';
import { ForceRateLimitGuard } from './force-rate-limit.guard';

@Module({
  providers: [FixedWindowCounter, ForceRateLimitGuard],
  exports: [FixedWindowCounter, ForceRateLimitGuard],
})
export class RateLimitsModule {}
