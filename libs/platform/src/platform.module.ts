import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule, Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock, SystemClock } from '@homeward/contracts';
import { DataSource } from 'typeorm';
import { loadConfig, ServiceConfig } from './config';
import { DatabaseDefinition, dataSourceOptions } from './database';
import { HealthController, Readiness } from './health';
import { Inbox } from './inbox';
import { KafkaJsMessageBus, MessageBus } from './kafka';
import { ServiceLifecycle } from './lifecycle';
import { LoggingModule } from './logging';
import { HttpMetricsMiddleware, Metrics, MetricsController } from './metrics';
import { OutboxRelay, OutboxWriter, UnitOfWork } from './outbox';
import { QueueFactory } from './queues';
import { RedisConnection } from './redis';

export interface PlatformOptions<C extends ServiceConfig> {
  service: string;
  config: Type<C>;
  database: DatabaseDefinition;
  /** False for a service that publishes nothing (and so has no outbox table): no relay runs. */
  publishesEvents?: boolean;
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

/** Everything a Homeward service needs once: config, logs, Postgres, Kafka, outbox, inbox, health, metrics. */
@Global()
@Module({})
export class PlatformModule implements NestModule {
  static forRoot<C extends ServiceConfig>(options: PlatformOptions<C>): DynamicModule {
    const configModule = ConfigHolderModule.forRoot(options.config);
    const shared = [Metrics, OutboxWriter, OutboxRelay, UnitOfWork, Inbox, RedisConnection, Readiness];
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
        { provide: Clock, useClass: SystemClock },
        {
          provide: MessageBus,
          inject: [ServiceConfig, Metrics],
          useFactory: (config: ServiceConfig, metrics: Metrics) => new KafkaJsMessageBus(config, metrics, options.service),
        },
        {
          provide: ServiceLifecycle,
          inject: [ServiceConfig, DataSource, RedisConnection, MessageBus, OutboxRelay, Readiness],
          useFactory: (...deps: [ServiceConfig, DataSource, RedisConnection, MessageBus, OutboxRelay, Readiness]) =>
            new ServiceLifecycle(...deps, { schema: options.database.schema, relayOutbox: options.publishesEvents ?? true }),
        },
        QueueFactory,
      ],
      exports: [configModule, ...shared, Clock, MessageBus, ServiceLifecycle, QueueFactory],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
