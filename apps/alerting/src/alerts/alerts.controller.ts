import { Controller, Get, Headers, HttpCode, MessageEvent, Param, Post, Query, Sse } from '@nestjs/common';
import { ApiBadRequestResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { filter, map, Observable } from 'rxjs';
import { AlertingConfig } from '../alerting.config';
import { FeedStream } from '../delivery/channels/feed.stream';
import { AcknowledgeAlert, AcknowledgeAlertCommand } from './acknowledge-alert';
import { AlertView, toAlertView } from './alert-view';
import { ListAlerts, ListAlertsQuery } from './list-alerts';

@ApiTags('alerts')
@Controller('v1/alerts')
export class AlertsController {
  constructor(
    private readonly listAlerts: ListAlerts,
    private readonly acknowledgeAlert: AcknowledgeAlert,
    private readonly feed: FeedStream,
    private readonly config: AlertingConfig,
  ) {}

  @Get()
  @ApiOkResponse({ type: [AlertView], description: 'Alerts, newest first: kind, recipient, references, a summary and a link; no personal data' })
  list(@Query() query: ListAlertsQuery): Promise<AlertView[]> {
    return this.listAlerts.execute(query);
  }

  @Sse('stream')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'Server-sent events: one `alert` event (an AlertView) per alert delivered to the feed from now on' })
  stream(@Query() query: ListAlertsQuery): Observable<MessageEvent> {
    return this.feed.stream().pipe(
      filter((a) => (!query.kind || a.kind === query.kind) && (!query.recipient || a.recipient === query.recipient)),
      filter((a) => !query.policeReference || a.policeReference === query.policeReference),
      map((a) => ({ type: 'alert', id: a.id, data: a })),
    );
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiHeader({ name: 'x-staff-id', required: true, description: 'Who acknowledges: the staff id of the signed-in user' })
  @ApiOkResponse({ type: AlertView, description: 'The alert, acknowledged (the first acknowledgement stands)' })
  @ApiBadRequestResponse({ description: 'Not a UUID, or no x-staff-id header' })
  @ApiNotFoundResponse({ description: 'No such alert' })
  async acknowledge(@Param('id') id: string, @Headers('x-staff-id') staffId: string | undefined): Promise<AlertView> {
    const alert = await this.acknowledgeAlert.execute(AcknowledgeAlertCommand.create(id, staffId));
    return toAlertView(alert, this.config.linkBaseUrl);
  }
}
