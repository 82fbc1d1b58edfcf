import { Module } from '@nestjs/common';
import { DecisionsModule } from '../decisions/decisions.module';
import { ProtocolVersionsModule } from '../protocol-versions/protocol-versions.module';
import { FireTimer } from './fire-timer';
import { SweepTimers } from './sweep-timers';
import { TimerAlarmsModule } from './timer-alarms.module';
import { TimerProcessor } from './timer.processor';

@Module({
  imports: [DecisionsModule, ProtocolVersionsModule, TimerAlarmsModule],
  providers: [FireTimer, SweepTimers, TimerProcessor],
})
export class TimersModule {}
