import { Clock, SystemClock } from '@homeward/contracts';
import { Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ErrorPagesFilter } from './error.filter';
import { SessionRedis } from './session-redis';

@Global()
@Module({
  providers: [SessionRedis, { provide: Clock, useClass: SystemClock }, { provide: APP_FILTER, useClass: ErrorPagesFilter }],
  exports: [SessionRedis, Clock],
})
export class WebModule {}
