import { Controller, Get, Optional } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { MessageBus } from '../kafka';
import { RedisConnection } from '../redis';
import { Readiness } from './readiness';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisConnection,
    private readonly readiness: Readiness,
    /** Absent in a service (or CLI) that does not use Kafka. */
    @Optional() private readonly bus?: MessageBus,
  ) {}

  /** The process is up; says nothing about its dependencies. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  private async kafka(bus: MessageBus) {
    const s = this.indicators.check('kafka');
    return (await bus.isHealthy()) ? s.up() : s.down({ message: 'producer or consumer not running' });
  }

  /** Ready to take work: started, not stopping, and Postgres, Redis and Kafka answer. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => {
        const s = this.indicators.check('lifecycle');
        return this.readiness.acceptingWork ? s.up() : s.down({ message: 'starting or stopping' });
      },
      () => this.db.pingCheck('postgres', { timeout: 2_000 }),
      async () => {
        const s = this.indicators.check('redis');
        return (await this.redis.ping()) ? s.up() : s.down({ message: 'no answer' });
      },
      ...(this.bus ? [() => this.kafka(this.bus!)] : []),
    ]);
  }
}
