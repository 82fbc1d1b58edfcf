import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { AlertingClient } from '../../data/alerting.client';
import type { AlertView } from '../../data/alerting.types';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import { feedQuery } from '../alert-feed.filters';
import { officerNames } from '../officer-names';
import { ShowAlertFeedCommand } from './show-alert-feed.command';

/** How many of the newest alerts the page shows (alerting allows 200). */
export const FEED_LIMIT = 100;

export interface AlertFeedPage {
  alerts: AlertView[];
  /** Who acknowledged, by name. */
  names: Record<string, string>;
  /** The page shows the newest FEED_LIMIT only. */
  limited: boolean;
  /** When the feed was read: a page with no alert to name catches up from here when its stream opens. */
  drawnAt: string;
}

/** The alert feed, newest first, as the signed-in person sees it in alerting. */
@Injectable()
export class ShowAlertFeed {
  constructor(
    private readonly alerting: AlertingClient,
    private readonly directory: ComplianceTrackerClient,
    private readonly clock: Clock,
  ) {}

  async execute(command: ShowAlertFeedCommand): Promise<AlertFeedPage> {
    const { token } = command.user;
    const drawnAt = this.clock.now().toISOString();
    const [alerts, officers] = await Promise.all([this.alerting.alerts(token, feedQuery(command.filters, FEED_LIMIT)), this.directory.officers(token)]);
    return { alerts, names: officerNames(officers), limited: alerts.length >= FEED_LIMIT, drawnAt };
  }
}
