import { Module } from '@nestjs/common';
import { CreateSubscription } from './create-subscription';
import { DeleteSubscription } from './delete-subscription';
import { ListSubscriptions } from './list-subscriptions';
import { SubscriptionsController } from './subscriptions.controller';

@Module({
  controllers: [SubscriptionsController],
  providers: [CreateSubscription, ListSubscriptions, DeleteSubscription],
})
export class SubscriptionsModule {}
