import { WakeUpsModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { CmeHandOversConsumer, SendHandOverNotice } from './send-hand-over-notice';

/** Telling another LA's CME team that a case is theirs now: the notice kept, its e-mail delivered as alerts' are. */
@Module({ imports: [DeliveryModule, WakeUpsModule], providers: [SendHandOverNotice, CmeHandOversConsumer] })
export class CmeHandOversModule {}
