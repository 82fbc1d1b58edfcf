import { Module } from '@nestjs/common';
import { ActiveProtocol } from '../protocol-versions/active-protocol';
import { DecideOnNotification, NotificationReceivedHandler } from './decide-on-notification';
import { DecisionsController } from './decisions.controller';
import { ListDecisions } from './list-decisions';

@Module({
  controllers: [DecisionsController],
  providers: [ActiveProtocol, DecideOnNotification, NotificationReceivedHandler, ListDecisions],
})
export class DecisionsModule {}
