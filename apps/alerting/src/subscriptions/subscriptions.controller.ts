import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CreateSubscription, CreateSubscriptionCommand } from './create-subscription';
import { DeleteSubscription, DeleteSubscriptionCommand } from './delete-subscription';
import { ListSubscriptions } from './list-subscriptions';
import { CreateSubscriptionDto, SubscriptionView } from './subscription.dto';
import { toSubscriptionView } from './subscription-view';

/** Admin: who hears about which kind of event, on which channels. */
@ApiTags('subscriptions')
@Controller('v1/subscriptions')
export class SubscriptionsController {
  constructor(
    private readonly createSubscription: CreateSubscription,
    private readonly listSubscriptions: ListSubscriptions,
    private readonly deleteSubscription: DeleteSubscription,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: SubscriptionView })
  @ApiBadRequestResponse({ description: 'Each offending field and why; nothing stored' })
  async create(@Body() body: CreateSubscriptionDto): Promise<SubscriptionView> {
    return toSubscriptionView(await this.createSubscription.execute(CreateSubscriptionCommand.create(body)));
  }

  @Get()
  @ApiOkResponse({ type: [SubscriptionView] })
  async list(): Promise<SubscriptionView[]> {
    return (await this.listSubscriptions.execute()).map(toSubscriptionView);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted: future events no longer route through it' })
  @ApiNotFoundResponse()
  remove(@Param('id') id: string): Promise<void> {
    return this.deleteSubscription.execute(DeleteSubscriptionCommand.create(id));
  }
}
