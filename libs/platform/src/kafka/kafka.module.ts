import { Global, Module } from '@nestjs/common';
import { ServiceConfig } from '../config';
import { Inbox } from '../inbox';
import { ServiceLifecycle } from '../lifecycle';
import { Metrics } from '../metrics';
import { SERVICE_NAME } from '../service-name';
import { KafkaJsMessageBus } from './kafkajs-message-bus';
import { MessageBus } from './message-bus';

/** For a service that consumes or publishes events: the broker, and the inbox that makes consuming idempotent. */
@Global()
@Module({
  providers: [
    {
      provide: MessageBus,
      inject: [ServiceConfig, Metrics, ServiceLifecycle, SERVICE_NAME],
      useFactory: (config: ServiceConfig, metrics: Metrics, lifecycle: ServiceLifecycle, service: string) => {
        const bus = new KafkaJsMessageBus(config, metrics, service);
        lifecycle.onStop('stop consumers', () => bus.stopConsuming(), 'consumers');
        lifecycle.onStop('close broker connections', () => bus.close(), 'connections');
        return bus;
      },
    },
    Inbox,
  ],
  exports: [MessageBus, Inbox],
})
export class KafkaModule {}
