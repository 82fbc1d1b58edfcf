import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { IngestPlatformModule } from '../ingest-platform';

/** Just the key use cases: the CLI must not join the service's Kafka consumer group. */
@Module({ imports: [IngestPlatformModule, ApiKeysModule] })
export class KeysCliModule {}
