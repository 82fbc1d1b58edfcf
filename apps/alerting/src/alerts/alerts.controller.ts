import { AcceptsTokenInQuery, CurrentStaff, Roles, StaffIdentity, StaffTokenExpiresAt, StaffTokenGuard } from '@homeward/platform';
import { Controller, Get, HttpCode, MessageEvent, Param, Post, Query, Sse, SseSignal, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Observable } from 'rxjs';
import { AlertingConfig } from '../alerting.config';
import { AcknowledgeAlert, AcknowledgeAlertCommand } from './acknowledge-alert';
import { AlertStreamQuery } from './alert-stream.query';
import { AlertView, toAlertView } from './alert-view';
import { GetAlert, GetAlertCommand } from './get-alert';
import { ListAlerts, ListAlertsQuery } from './list-alerts';
import { OpenAlertStream, OpenAlertStreamCommand } from './open-alert-stream';

@ApiTags('alerts')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No staff token, or one that is expired or not valid' })
@UseGuards(StaffTokenGuard)
@Controller('v1/alerts')
export class AlertsController {
  constructor(
    private readonly listAlerts: ListAlerts,
    private readonly getAlert: GetAlert,
    private readonly acknowledgeAlert: AcknowledgeAlert,
    private readonly openAlertStream: OpenAlertStream,
    private readonly config: AlertingConfig,
  ) {}

  @Get()
  @ApiOkResponse({ type: [AlertView], description: 'Alerts, newest first: kind, recipient, references, a summary and a link; no personal data. Any staff role.' })
  @ApiBadRequestResponse({ description: 'A filter not understood (`acknowledged` not true or false, `limit` not 1 to 200, an unknown kind or parameter): `problems` names each field and why' })
  list(@Query() query: ListAlertsQuery): Promise<AlertView[]> {
    return this.listAlerts.execute(query);
  }

  @Sse('stream')
  @AcceptsTokenInQuery()
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description:
      'Server-sent events: one `alert` event (an AlertView, its id as the event id) per alert delivered to the feed from now on, ' +
      'whichever alerting instance raised it, each once. Any staff role. ' +
      'EventSource cannot send headers, so here alone the token may come as `?access_token=`. ' +
      'Live only: an alert raised while the stream was closed, or while this instance was away from Redis, is not replayed; read `GET /v1/alerts` after (re)connecting. ' +
      'The stream ends when the token it was opened with expires: reconnect with a fresh one.',
  })
  @ApiBadRequestResponse({ description: 'A filter not understood: `problems` names each field and why' })
  @ApiTooManyRequestsResponse({
    description:
      'The officer already holds ALERT_STREAMS_PER_OFFICER (default 5) streams open, on any alerting instance: `message` names the cap. ' +
      'A stream counts until it closes or its token expires. Close one (a browser tab with the alerts page) and reconnect.',
  })
  async stream(
    @Query() query: AlertStreamQuery,
    @CurrentStaff() staff: StaffIdentity,
    @StaffTokenExpiresAt() expiresAt: Date,
    @SseSignal() closed: AbortSignal,
  ): Promise<Observable<MessageEvent>> {
    return this.openAlertStream.execute(OpenAlertStreamCommand.create(staff.staffId, expiresAt, query, closed));
  }

  // After `stream`, so that path is not taken for an id.
  @Get(':id')
  @ApiOkResponse({ type: AlertView, description: 'One alert: kind, recipient, references, a summary, its link and who acknowledged it; no personal data. Any staff role.' })
  @ApiBadRequestResponse({ description: 'Not a UUID: `problems` names `id`' })
  @ApiNotFoundResponse({ description: 'No such alert' })
  get(@Param('id') id: string): Promise<AlertView> {
    return this.getAlert.execute(GetAlertCommand.create(id));
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @Roles('CMO', 'MANAGER')
  @ApiOkResponse({ type: AlertView, description: "The alert, acknowledged by the token's staff id (the first acknowledgement stands)" })
  @ApiBadRequestResponse({ description: 'Not a UUID: `problems` names `id`' })
  @ApiForbiddenResponse({ description: "Read-only staff cannot acknowledge; an alert addressed to a manager (TEAM_MANAGER, SERVICE_MANAGER, DIRECTOR_OF_CHILDRENS_SERVICES, a senior manager) is a manager's to acknowledge" })
  @ApiNotFoundResponse({ description: 'No such alert' })
  async acknowledge(@Param('id') id: string, @CurrentStaff() staff: StaffIdentity): Promise<AlertView> {
    const alert = await this.acknowledgeAlert.execute(AcknowledgeAlertCommand.create(id, staff.staffId, staff.role));
    return toAlertView(alert, this.config.linkBaseUrl);
  }
}
