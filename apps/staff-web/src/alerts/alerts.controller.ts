import { Body, Controller, Get, Headers, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import type { SessionUser, StaffWebRole } from '../auth/session-user';
import { SessionExpired } from '../data/api-errors';
import type { AlertView } from '../data/alerting.types';
import { flash } from '../web/flash';
import { labelOptions } from '../web/labels';
import { AcknowledgeAlert, AcknowledgeAlertCommand } from './acknowledge-alert';
import { AlertFeedFilters, filtersQueryString, readAlertFilters } from './alert-feed.filters';
import { AlertEventStream, RelayLiveAlerts, RelayLiveAlertsCommand } from './live';
import { ShowAlert, ShowAlertCommand } from './show-alert';
import { ShowAlertFeed, ShowAlertFeedCommand } from './show-alert-feed';

/** Who may acknowledge an alert (alerting refuses anyone else too). */
const ACKNOWLEDGERS: StaffWebRole[] = ['CMO', 'MANAGER'];
const ROW_VIEW = 'alerts/views/alert-row.njk';

/** Where an acknowledgement may send someone back to: a view of the feed or an alert's page. */
function backTo(candidate: unknown, alertId: string): string {
  return typeof candidate === 'string' && /^\/alerts(\/[0-9a-f-]{36})?(\?[\w=&%.-]*)?$/i.test(candidate) ? candidate : `/alerts/${alertId}`;
}

/** The alert feed (live), one alert, and acknowledging. Any signed-in role reads; CMOs and managers acknowledge. */
@Controller('alerts')
export class AlertsController {
  constructor(
    private readonly showFeed: ShowAlertFeed,
    private readonly showAlert: ShowAlert,
    private readonly acknowledgeAlert: AcknowledgeAlert,
    private readonly relay: RelayLiveAlerts,
  ) {}

  @Get()
  async feed(@Query() query: Record<string, unknown>, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const filters = readAlertFilters(query);
    const page = await this.showFeed.execute(ShowAlertFeedCommand.create(user, filters));
    const search = filtersQueryString(filters);
    res.render('alerts/views/feed.njk', {
      pageTitle: 'Alerts',
      ...page,
      filters,
      kindItems: [{ value: '', text: 'All kinds' }, ...labelOptions('alertKind').map((o) => ({ ...o, selected: o.value === filters.kind }))],
      filtered: search !== '',
      returnTo: `/alerts${search}`,
      liveUrl: `/alerts/live${search}`,
      canAcknowledge: ACKNOWLEDGERS.includes(user.role),
    });
  }

  /** Server-sent events for the open feed: alerting's stream relayed with the session's token, after what the page missed. */
  @Get('live')
  async live(
    @Query() query: Record<string, unknown>,
    @Headers('last-event-id') lastEventId: string | undefined,
    @CurrentUser() user: SessionUser,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const filters = readAlertFilters(query);
    const stream = new AlertEventStream(req, res, (alert) => this.renderRow(res, alert, filters, user));
    try {
      await this.relay.execute(RelayLiveAlertsCommand.create({ user, filters, lastSeenId: lastEventId || query.after, since: query.since }), stream);
    } catch (error) {
      // A refused token ends the session (the error page signs the person out); anything else, the page tries again shortly.
      if (error instanceof SessionExpired && !stream.opened) throw error;
    } finally {
      stream.end();
    }
  }

  @Get(':id')
  async alert(@Param('id') id: string, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const command = ShowAlertCommand.create(user, id);
    if (!command) throw new NotFoundException();
    const page = await this.showAlert.execute(command);
    res.render('alerts/views/alert.njk', { pageTitle: 'Alert', ...page, canAcknowledge: ACKNOWLEDGERS.includes(user.role), returnTo: `/alerts/${page.alert.id}` });
  }

  @Post(':id/acknowledge')
  @Roles(...ACKNOWLEDGERS)
  async acknowledge(@Param('id') id: string, @Body() body: Record<string, unknown>, @CurrentUser() user: SessionUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    const command = AcknowledgeAlertCommand.create(user, id);
    if (!command) throw new NotFoundException();
    flash(req, await this.acknowledgeAlert.execute(command));
    res.redirect(303, backTo(body.returnTo, id));
  }

  /** The same row the page draws, with this session's CSRF token in its form. */
  private renderRow(res: Response, alert: AlertView, filters: AlertFeedFilters, user: SessionUser): Promise<string> {
    const locals = { ...res.locals, alert, names: {}, canAcknowledge: ACKNOWLEDGERS.includes(user.role), returnTo: `/alerts${filtersQueryString(filters)}`, live: true };
    return new Promise((resolve, reject) => res.app.render(ROW_VIEW, locals, (error, html) => (error ? reject(error) : resolve(html))));
  }
}
