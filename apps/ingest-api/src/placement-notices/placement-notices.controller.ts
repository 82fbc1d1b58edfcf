import { Clock } from '@homeward/contracts';
import { Correlation, Roles } from '@homeward/platform';
import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PlacementNoticeAcceptedDto, PlacementNoticeDto } from './placement-notice.dto';
import type { PlacementNoticeRequest } from './placement-notice-sender';
import { PlacementNoticeSenderGuard } from './placement-notice-sender.guard';
import { ReceivePlacementNotice, ReceivePlacementNoticeCommand } from './receive-placement-notice';

@ApiTags('placement-notices')
@ApiBearerAuth()
@UseGuards(PlacementNoticeSenderGuard)
@Controller('v1/placement-notices')
export class PlacementNoticesController {
  constructor(
    private readonly receive: ReceivePlacementNotice,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(202)
  // Staff who record a notice a placing authority or a children's home sent by other means.
  @Roles('CMO', 'MANAGER')
  @ApiOperation({
    summary: 'Record a placement notice: a looked-after child placed here by another authority',
    description:
      "Authorization: Bearer with the placing authority's own API key (`npm run keys -- create --authority <LA-CODE>`; it posts placement notices only, and placingAuthority must be its own), " +
      'or a staff token of a CMO or manager. protocol-engine matches the notice to the child as it matches police notifications; a placed-in child whose ' +
      'missing day a notice from the placing authority covers no longer raises "placed in without notice", and the decision\'s facts show the notice.',
  })
  @ApiResponse({ status: 202, type: PlacementNoticeAcceptedDto, description: 'Accepted: stored and queued for protocol-engine' })
  @ApiResponse({ status: 200, type: PlacementNoticeAcceptedDto, description: 'A repeat of an accepted noticeId from the same sender' })
  @ApiResponse({ status: 400, description: 'Invalid: `problems` names each field and the reason' })
  @ApiResponse({ status: 401, description: 'Missing or invalid key or staff token' })
  @ApiResponse({ status: 403, description: "A police force's key, or a staff role other than CMO or MANAGER" })
  @ApiResponse({ status: 409, description: 'noticeId already used by this sender with a different body' })
  @ApiResponse({ status: 503, description: 'Storage unavailable: nothing was accepted; retry after Retry-After' })
  async post(@Req() req: PlacementNoticeRequest, @Body() body: PlacementNoticeDto, @Res({ passthrough: true }) res: Response): Promise<PlacementNoticeAcceptedDto> {
    const command = ReceivePlacementNoticeCommand.create({ sender: req.sender, notice: body, correlationId: Correlation.currentOrNew(), now: this.clock.now() });
    const result = await this.receive.execute(command);
    if (!result.created) res.status(200);
    return { id: result.id, status: 'accepted' };
  }
}
