import { HttpMetricsMiddleware, Metrics, MetricsController, Readiness } from '@homeward/platform';
import { Global, Module } from '@nestjs/common';
import { HealthController } from './health.controller';

/** Liveness, readiness (Redis) and the platform's Prometheus metrics, which need no database. */
@Global()
@Module({
  controllers: [HealthController, MetricsController],
  providers: [Readiness, Metrics, HttpMetricsMiddleware],
  exports: [Readiness, Metrics, HttpMetricsMiddleware],
})
export class HealthModule {}
