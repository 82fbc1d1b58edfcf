import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule, Type } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock, SystemClock } from '@homeward/contracts';
import { DataSource } from 'typeorm';
import { loadConfig, ServiceConfig } from './config';
import { DatabaseDefinition, dataSourceOptions } from './database';
import { HealthController, Readiness } from './health';
import { FixedWindowCounter } from './http/fixed-window-counter';
import { UnauthenticatedLimit, UnauthenticatedLimitFilter, UnauthenticatedLimitMiddleware } from './http/unauthenticated-limit';
import { ServiceLifecycle } from './lifecycle';
import { LoggingModule } from './logging';
import { HttpMetricsMiddleware, Metrics, MetricsController } from './metrics';
import { UnitOfWork } from './outbox';
import { RedisConnection } from './redis';
import { SERVICE_NAME } from './service-name';

export interface PlatformOptions<C extends ServiceConfig> {
  service: string;
  config: Type<C>;
  database: DatabaseDefinition;
}

@Global()
@Module({})
class ConfigHolderModule {
  static forRoot(configClass: Type<ServiceConfig>): DynamicModule {
    const provider = { provide: configClass, useFactory: () => loadConfig(configClass, process.env) };
    const base = { provide: ServiceConfig, useExisting: configClass };
    return { module: ConfigHolderModule, providers: [provider, base], exports: [provider, base] };
  }
}

/**
 * What every Homeward service (and its CLIs) needs once: config, logs, Postgres with its
 * migrations and transactions, Redis, health, metrics, the clock, start-up and shutdown.
 * The rest a service imports as it uses it: KafkaModule, OutboxModule, QueuesModule, WakeUpsModule.
 */
@Global()
@Module({})
export class PlatformModule implements NestModule {
  static forRoot<C extends ServiceConfig>(options: PlatformOptions<C>): DynamicModule {
    const configModule = ConfigHolderModule.forRoot(options.config);
    const shared = [Metrics, UnitOfWork, RedisConnection, Readiness, FixedWindowCounter, UnauthenticatedLimit];
    return {
      module: PlatformModule,
      imports: [
        configModule,
        LoggingModule,
        TerminusModule.forRoot({ logger: false }),
        TypeOrmModule.forRootAsync({
          imports: [configModule],
          inject: [ServiceConfig],
          useFactory: (config: ServiceConfig) => dataSourceOptions(config, options.database, options.service),
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        ...shared,
        { provide: SERVICE_NAME, useValue: options.service },
        { provide: Clock, useClass: SystemClock },
        // Provided here, after the app module's own filters, so it sees every 401 first.
        { provide: APP_FILTER, useClass: UnauthenticatedLimitFilter },
        {
          provide: ServiceLifecycle,
          inject: [ServiceConfig, DataSource, RedisConnection, Readiness],
          useFactory: (...deps: [ServiceConfig, DataSource, RedisConnection, Readiness]) => new ServiceLifecycle(...deps, options.database.schema),
        },
      ],
      exports: [configModule, ...shared, SERVICE_NAME, Clock, ServiceLifecycle],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware, UnauthenticatedLimitMiddleware).forRoutes('*path');
  }
}
