import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { CreateSubscription } from './create-subscription';
import { DeleteSubscription } from './delete-subscription';
import { ListSubscriptions } from './list-subscriptions';
import { SubscriptionsController } from './subscriptions.controller';

@Module({
  imports: [StaffAuthModule, DeliveryModule],
  controllers: [SubscriptionsController],
  providers: [CreateSubscription, ListSubscriptions, DeleteSubscription],
})
export class SubscriptionsModule {}
