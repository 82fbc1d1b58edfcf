import { Module } from '@nestjs/common';
import { ChildErasuresModule } from '../child-erasures/child-erasures.module';
import { ProtocolPlatformModule } from '../protocol-platform';

/** The erasure and nothing else: no consumer group, no relay (the running service's relay publishes its event), no wake-up worker. */
@Module({ imports: [ProtocolPlatformModule, ChildErasuresModule] })
export class EraseChildCliModule {}
