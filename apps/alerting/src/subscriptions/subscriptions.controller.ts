import { Body, Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles, StaffTokenGuard } from '@homeward/platform';
import { CreateSubscription, CreateSubscriptionCommand } from './create-subscription';
import { DeleteSubscription, DeleteSubscriptionCommand } from './delete-subscription';
import { ListSubscriptions } from './list-subscriptions';
import { CreateSubscriptionDto, SubscriptionView } from './subscription.dto';
import { toSubscriptionView } from './subscription-view';

/** Admin: who hears about which kind of event, on which channels. Managers change it; CMOs may read it. */
@ApiTags('subscriptions')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No staff token, or one that is expired or not valid' })
@UseGuards(StaffTokenGuard)
@Controller('v1/subscriptions')
export class SubscriptionsController {
  constructor(
    private readonly createSubscription: CreateSubscription,
    private readonly listSubscriptions: ListSubscriptions,
    private readonly deleteSubscription: DeleteSubscription,
  ) {}

  @Post()
  @Roles('MANAGER')
  @ApiCreatedResponse({ type: SubscriptionView })
  @ApiBadRequestResponse({ description: 'Each offending field and why; nothing stored' })
  @ApiForbiddenResponse({ description: 'Only managers route alerts' })
  async create(@Body() body: CreateSubscriptionDto): Promise<SubscriptionView> {
    return toSubscriptionView(await this.createSubscription.execute(CreateSubscriptionCommand.create(body)));
  }

  @Get()
  @Roles('MANAGER', 'CMO')
  @ApiOkResponse({ type: [SubscriptionView] })
  @ApiForbiddenResponse({ description: 'Read-only staff cannot see the routing' })
  async list(): Promise<SubscriptionView[]> {
    return (await this.listSubscriptions.execute()).map(toSubscriptionView);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('MANAGER')
  @ApiNoContentResponse({ description: 'Deleted: future events no longer route through it' })
  @ApiForbiddenResponse({ description: 'Only managers route alerts' })
  @ApiNotFoundResponse()
  remove(@Param('id') id: string): Promise<void> {
    return this.deleteSubscription.execute(DeleteSubscriptionCommand.create(id));
  }
}
