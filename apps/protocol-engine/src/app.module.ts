import { PlatformModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { Child } from './children/child.entity';
import { Decision } from './decisions/decision.entity';
import { DecisionsModule } from './decisions/decisions.module';
import { Episode } from './episodes/episode.entity';
import { EpisodesModule } from './episodes/episodes.module';
import { protocolMigrations } from './migrations';
import { ProtocolEngineConfig } from './protocol-engine.config';

@Module({
  imports: [
    PlatformModule.forRoot({
      service: 'protocol-engine',
      config: ProtocolEngineConfig,
      database: { schema: 'protocol', entities: [Child, Episode, Decision], migrations: protocolMigrations },
    }),
    DecisionsModule,
    EpisodesModule,
  ],
})
export class AppModule {}
