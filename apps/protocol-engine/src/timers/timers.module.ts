import { WakeUpsModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { DecisionsModule } from '../decisions/decisions.module';
import { ProtocolVersionsModule } from '../protocol-versions/protocol-versions.module';
import { EpisodeTimerDueHandler, FireTimer } from './fire-timer';

@Module({
  imports: [DecisionsModule, ProtocolVersionsModule, WakeUpsModule],
  providers: [FireTimer, EpisodeTimerDueHandler],
})
export class TimersModule {}
