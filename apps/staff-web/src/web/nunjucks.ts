import type { Clock } from '@homeward/contracts';
import type { Express } from 'express';
import nunjucks from 'nunjucks';
import { ageFrom, londonDate, londonDateTime, londonTime, mojDate, relativeDeadline } from './date-filters';
import { idleTimeInWords, warningSecondsFor } from '../auth/session-timeout';
import { durationInWords } from './duration';
import { errorList, fieldError } from './forms';
import { label, LabelKind } from './labels';
import { GOVUK_FRONTEND_DIST, MOJ_FRONTEND_ROOT, VIEWS_ROOT } from './paths';
import type { AssetManifest } from './static-assets';

/**
 * The Nunjucks environment: our views, then GOV.UK's and MOJ's ('govuk/components/...',
 * 'moj/components/...'), autoescaped. MOJ's own filters are registered, then `mojDate` is
 * replaced by one that reads instants in London time (MOJ's uses the server's zone).
 */
export function configureNunjucks(app: Express, deps: { assets: AssetManifest; clock: Clock; watch: boolean; sessionTimeoutSeconds: number }): nunjucks.Environment {
  const env = nunjucks.configure([VIEWS_ROOT, GOVUK_FRONTEND_DIST, MOJ_FRONTEND_ROOT], { autoescape: true, express: app, noCache: deps.watch });
  app.set('view engine', 'njk');

  const mojFilters = require('@ministryofjustice/frontend/moj/filters/all') as () => Record<string, (...args: unknown[]) => unknown>;
  for (const [name, filter] of Object.entries(mojFilters())) env.addFilter(name, filter);

  env.addFilter('mojDate', mojDate);
  env.addFilter('londonDateTime', londonDateTime);
  env.addFilter('londonDate', (value: string, weekday?: boolean) => londonDate(value, { weekday: Boolean(weekday) }));
  env.addFilter('londonTime', londonTime);
  env.addFilter('relativeDeadline', (dueAt: string) => relativeDeadline(dueAt, deps.clock.now()));
  env.addFilter('ageFrom', (dateOfBirth: string) => ageFrom(dateOfBirth, deps.clock.now()));

  env.addFilter('duration', durationInWords);
  env.addFilter('label', (code: string | null | undefined, kind: LabelKind) => label(kind, code));

  env.addGlobal('asset', (name: string) => deps.assets.url(name));
  env.addGlobal('errorList', errorList);
  env.addGlobal('fieldError', fieldError);
  // The time-out warning's timings, for the layout's dialog (views/partials/session-timeout.njk).
  const warningSeconds = warningSecondsFor(deps.sessionTimeoutSeconds);
  env.addGlobal('sessionTimeout', { timeoutSeconds: deps.sessionTimeoutSeconds, warningSeconds, warningWords: idleTimeInWords(warningSeconds) });
  return env;
}
