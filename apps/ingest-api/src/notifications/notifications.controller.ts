import { Clock } from '@homeward/contracts';
import { Correlation } from '@homeward/platform';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ForceAuthGuard, ForceRequest } from '../api-keys/authenticate-force';
import { IngestConfig } from '../ingest.config';
import { ForceRateLimitGuard } from '../rate-limits/force-rate-limit.guard';
import { GetNotificationStatus, NotificationStatusDto } from './get-notification-status';
import { NotificationAcceptedDto, NotificationDto } from './notification.dto';
import { ReceiveNotification, ReceiveNotificationCommand } from './receive-notification';

@ApiTags('notifications')
@ApiBearerAuth()
// In this order: the key names the force, then the force's rate is counted.
@UseGuards(ForceAuthGuard, ForceRateLimitGuard)
@Controller('v1/notifications')
export class NotificationsController {
  constructor(
    private readonly receive: ReceiveNotification,
    private readonly status: GetNotificationStatus,
    private readonly clock: Clock,
    private readonly config: IngestConfig,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiResponse({ status: 202, type: NotificationAcceptedDto, description: 'Accepted: stored and queued for the protocol' })
  @ApiResponse({ status: 200, type: NotificationAcceptedDto, description: 'A repeat of an accepted notificationId' })
  @ApiResponse({ status: 400, description: 'Invalid: `problems` names each field and the reason' })
  @ApiResponse({ status: 401, description: 'Missing or invalid API key' })
  @ApiResponse({ status: 409, description: 'notificationId already used with a different body' })
  @ApiResponse({ status: 413, description: 'Body over the configured size (MAX_BODY_BYTES)' })
  @ApiResponse({ status: 415, description: 'Content-Type is not application/json' })
  @ApiResponse({ status: 429, description: "Over this force's rate limit; see Retry-After" })
  @ApiResponse({ status: 503, description: 'Storage unavailable: nothing was accepted; retry after Retry-After' })
  async post(
    @Req() req: ForceRequest,
    @Body() body: NotificationDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<NotificationAcceptedDto> {
    const command = ReceiveNotificationCommand.create({
      force: req.force,
      notification: body,
      correlationId: Correlation.currentOrNew(),
      now: this.clock.now(),
      maxAgeDays: this.config.occurredAtMaxAgeDays,
    });
    const result = await this.receive.execute(command);
    if (!result.created) res.status(200);
    return { id: result.id, status: 'accepted' };
  }

  @Get(':id')
  @ApiOkResponse({ type: NotificationStatusDto })
  @ApiResponse({ status: 401, description: 'Missing or invalid API key' })
  @ApiResponse({ status: 404, description: 'No such notification from this force' })
  get(@Req() req: ForceRequest, @Param('id', new ParseUUIDPipe()) id: string): Promise<NotificationStatusDto> {
    return this.status.execute({ force: req.force, id });
  }
}
