import express, { RequestHandler, Router } from 'express';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GOVUK_FRONTEND_DIST, MOJ_FRONTEND_ROOT, VIEWS_ROOT } from './paths';

/** The files templates link to by name (`asset('govuk-frontend.min.css')`), each served under a content-hashed path. */
const HASHED_SOURCES: Record<string, string> = {
  'govuk-frontend.min.css': path.join(GOVUK_FRONTEND_DIST, 'govuk', 'govuk-frontend.min.css'),
  'govuk-frontend.min.js': path.join(GOVUK_FRONTEND_DIST, 'govuk', 'govuk-frontend.min.js'),
  'moj-frontend.min.css': path.join(MOJ_FRONTEND_ROOT, 'moj', 'moj-frontend.min.css'),
  'moj-frontend.min.js': path.join(MOJ_FRONTEND_ROOT, 'moj', 'moj-frontend.min.js'),
  'staff-web.css': path.join(VIEWS_ROOT, 'assets', 'staff-web.css'),
  'alerts-live.js': path.join(VIEWS_ROOT, 'alerts', 'assets', 'alerts-live.js'),
  'session-timeout.js': path.join(VIEWS_ROOT, 'assets', 'session-timeout.js'),
  'bar-chart.js': path.join(VIEWS_ROOT, 'assets', 'bar-chart.js'),
};

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

export interface AssetManifest {
  /** `/assets/govuk-frontend.min.3f2a9c1e0b.css` for `govuk-frontend.min.css`; throws for an unknown name. */
  url(name: string): string;
  router: RequestHandler;
}

function hashedName(name: string, file: string): string {
  const hash = createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 12);
  const ext = path.extname(name);
  return `${name.slice(0, -ext.length)}.${hash}${ext}`;
}

/**
 * Computed once at boot. Hashed files are immutable for a year; the fonts and images the
 * stylesheets reference by fixed URL (/assets/fonts/..., /assets/images/...) get a day.
 */
export function staticAssets(): AssetManifest {
  const byName = new Map<string, string>();
  const byHashed = new Map<string, string>();
  for (const [name, file] of Object.entries(HASHED_SOURCES)) {
    const hashed = hashedName(name, file);
    byName.set(name, `/assets/${hashed}`);
    byHashed.set(hashed, file);
  }

  const router = Router();
  router.get('/assets/:file', (req, res, next) => {
    const file = byHashed.get(req.params.file);
    if (!file) return next();
    res.sendFile(file, { maxAge: ONE_YEAR_SECONDS * 1000, immutable: true });
  });
  const daily = { maxAge: '1d', index: false, fallthrough: true } as const;
  router.use('/assets', express.static(path.join(GOVUK_FRONTEND_DIST, 'govuk', 'assets'), daily));
  router.use('/assets', express.static(path.join(MOJ_FRONTEND_ROOT, 'moj', 'assets'), daily));
  // An asset that is not there is a plain 404, not a page (and never a sign-in redirect).
  router.use('/assets', (_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });

  return {
    router,
    url(name) {
      const url = byName.get(name);
      if (!url) throw new Error(`no asset named ${name}`);
      return url;
    },
  };
}
