import * as path from 'node:path';

/**
 * The views root: apps/staff-web/src, whose files the build copies next to the compiled code
 * (dist/apps/staff-web/src), so the same relative lookup works from source (Jest) and from dist.
 * Templates are named from here: 'views/layout.njk', '<feature>/views/<page>.njk'.
 */
export const VIEWS_ROOT = path.resolve(__dirname, '..');

/** The packages' folders, found through Node's resolution wherever node_modules is. */
export const GOVUK_FRONTEND_DIST = path.join(path.dirname(require.resolve('govuk-frontend/package.json')), 'dist');
export const MOJ_FRONTEND_ROOT = path.dirname(require.resolve('@ministryofjustice/frontend/package.json'));
