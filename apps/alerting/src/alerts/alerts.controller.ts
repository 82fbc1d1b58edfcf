import { AcceptsTokenInQuery, CurrentStaff, Roles, StaffIdentity, StaffTokenGuard } from '@homeward/platform';
import { Controller, Get, HttpCode, MessageEvent, Param, Post, Query, Sse, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { filter, map, Observable } from 'rxjs';
import { AlertingConfig } from '../alerting.config';
import { FeedStream } from '../delivery/channels/feed.stream';
import { AcknowledgeAlert, AcknowledgeAlertCommand } from './acknowledge-alert';
import { AlertStreamQuery } from './alert-stream.query';
import { AlertView, toAlertView } from './alert-view';
import { ListAlerts, ListAlertsQuery } from './list-alerts';

@ApiTags('alerts')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No staff token, or one that is expired or not valid' })
@UseGuards(StaffTokenGuard)
@Controller('v1/alerts')
export class AlertsController {
  constructor(
    private readonly listAlerts: ListAlerts,
    private readonly acknowledgeAlert: AcknowledgeAlert,
    private readonly feed: FeedStream,
    private readonly config: AlertingConfig,
  ) {}

  @Get()
  @ApiOkResponse({ type: [AlertView], description: 'Alerts, newest first: kind, recipient, references, a summary and a link; no personal data. Any staff role.' })
  list(@Query() query: ListAlertsQuery): Promise<AlertView[]> {
    return this.listAlerts.execute(query);
  }

  @Sse('stream')
  @AcceptsTokenInQuery()
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description:
      'Server-sent events: one `alert` event (an AlertView) per alert delivered to the feed from now on. Any staff role. ' +
      'EventSource cannot send headers, so here alone the token may come as `?access_token=`.',
  })
  stream(@Query() query: AlertStreamQuery): Observable<MessageEvent> {
    return this.feed.stream().pipe(
      filter((a) => (!query.kind || a.kind === query.kind) && (!query.recipient || a.recipient === query.recipient)),
      filter((a) => !query.policeReference || a.policeReference === query.policeReference),
      map((a) => ({ type: 'alert', id: a.id, data: a })),
    );
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @Roles('CMO', 'MANAGER')
  @ApiOkResponse({ type: AlertView, description: "The alert, acknowledged by the token's staff id (the first acknowledgement stands)" })
  @ApiBadRequestResponse({ description: 'Not a UUID' })
  @ApiForbiddenResponse({ description: 'Read-only staff cannot acknowledge' })
  @ApiNotFoundResponse({ description: 'No such alert' })
  async acknowledge(@Param('id') id: string, @CurrentStaff() staff: StaffIdentity): Promise<AlertView> {
    const alert = await this.acknowledgeAlert.execute(AcknowledgeAlertCommand.create(id, staff.staffId));
    return toAlertView(alert, this.config.linkBaseUrl);
  }
}
