/** Test-only: protocol-engine's SSDA903 Missing return in its real shapes, kept in memory so a staff M/A choice shows. */
/* eslint-disable @nx/enforce-module-boundaries -- a spec helper, so it may use the testing lib like the specs do */
import type { StubRoutes } from '@homeward/testing';
import type { Ssda903MissingFailure, Ssda903MissingReturn, Ssda903MissingRow } from '../data/protocol-engine.types';
import { AMY_ID, OTHER_ID } from '../testing/record-fixtures';

export const EPISODE_1 = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e01';
export const EPISODE_2 = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e02';
export const EPISODE_3 = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e03';
export const VALID_CSV = 'CHILD,DOB,MISSING,MIS_START,MIS_END\r\nLA-448812,04/05/2012,M,12/06/2025,13/06/2025\r\n';

const row = (r: Partial<Ssda903MissingRow> & Pick<Ssda903MissingRow, 'episodeId' | 'policeReference' | 'childId' | 'row'>): Ssda903MissingRow => ({
  force: 'NOTTS',
  missingSince: null,
  foundAt: null,
  defaulted: true,
  kindSetBy: null,
  kindSetAt: null,
  ...r,
});

const RULES: Ssda903MissingReturn['rulesChecked'] = [
  { code: 'HW-CHILD', message: "The child has no 903 identifier (the LA's own child id). Add it to the child's record (a police correction with the LA id, or a merge with the record holding it).", source: 'HOMEWARD' },
  { code: '574', message: 'A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.', source: 'DFE' },
];

/** 2026: three rows, one without a 903 identifier (a failure); 2025: one row, valid. */
export function ssda903Tables(): Record<string, Ssda903MissingReturn> {
  const rows2026 = [
    row({ episodeId: EPISODE_1, policeReference: 'NT/26/004512', childId: AMY_ID, missingSince: '2026-04-10T18:00:00.000Z', foundAt: '2026-04-11T08:00:00.000Z', row: { CHILD: 'LA-448812', DOB: '04/05/2012', MISSING: 'M', MIS_START: '10/04/2026', MIS_END: '11/04/2026' } }),
    row({ episodeId: EPISODE_2, policeReference: 'NT/26/005120', childId: AMY_ID, missingSince: '2026-09-02T19:00:00.000Z', foundAt: '2026-09-02T23:00:00.000Z', row: { CHILD: 'LA-448812', DOB: '04/05/2012', MISSING: 'A', MIS_START: '02/09/2026', MIS_END: '02/09/2026' } }),
    row({ episodeId: EPISODE_3, policeReference: 'NT/26/006001', childId: OTHER_ID, missingSince: '2026-11-20T16:00:00.000Z', row: { CHILD: null, DOB: '19/11/2010', MISSING: 'M', MIS_START: '20/11/2026', MIS_END: null } }),
  ];
  const failures2026: Ssda903MissingFailure[] = [{ ...RULES[0], fields: ['CHILD'], episodeId: EPISODE_3, policeReference: 'NT/26/006001', childId: OTHER_ID }];
  return {
    '2026': {
      year: 2026, collectionStart: '2026-04-01', collectionEnd: '2027-03-31', asOf: '2026-12-03T12:00:00.000Z', valid: false,
      summary: { rows: 3, children: 2, missing: 2, away: 1, defaulted: 3, openAtYearEnd: 1, failures: 1 },
      failures: failures2026, rows: rows2026, rulesChecked: RULES,
    },
    '2025': {
      year: 2025, collectionStart: '2025-04-01', collectionEnd: '2026-03-31', asOf: '2026-12-03T12:00:00.000Z', valid: true,
      summary: { rows: 1, children: 1, missing: 1, away: 0, defaulted: 0, openAtYearEnd: 0, failures: 0 },
      failures: [],
      rows: [row({ episodeId: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e00', policeReference: 'NT/25/001100', childId: AMY_ID, missingSince: '2025-06-12T18:00:00.000Z', foundAt: '2025-06-13T08:00:00.000Z', defaulted: false, kindSetBy: 'casey.morgan', kindSetAt: '2025-06-20T10:00:00.000Z', row: { CHILD: 'LA-448812', DOB: '04/05/2012', MISSING: 'M', MIS_START: '12/06/2025', MIS_END: '13/06/2025' } })],
      rulesChecked: RULES,
    },
  };
}

/** GET /v1/reports/ssda903-missing(.csv) and PUT /v1/episodes/{id}/ssda903-absence-kind as protocol-engine answers them. */
export function ssda903Routes(): StubRoutes {
  const tables = ssda903Tables();
  const table = (year: string | null): Ssda903MissingReturn => (year ? tables[year] : undefined) ?? { ...tables['2026'], year: Number(year), rows: [], failures: [], valid: true, summary: { rows: 0, children: 0, missing: 0, away: 0, defaulted: 0, openAtYearEnd: 0, failures: 0 } };
  return {
    'GET /v1/reports/ssda903-missing': (req) => ({ body: table(req.query.get('year')) }),
    'GET /v1/reports/ssda903-missing.csv': (req) => {
      const t = table(req.query.get('year'));
      if (!t.valid) return { status: 422, body: { statusCode: 422, message: 'the Missing table fails 1 check(s): fix the episodes named', failures: t.failures } };
      return { respond: (res) => res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' }).end(VALID_CSV) };
    },
    'PUT /v1/episodes/:id/ssda903-absence-kind': (req, { id }) => {
      const kind = (req.body as { kind?: string } | undefined)?.kind;
      if (kind !== 'M' && kind !== 'A') return { status: 400, body: { message: 'validation failed', problems: [{ field: 'kind', reason: 'kind must be M or A' }] } };
      const found = Object.values(tables).flatMap((t) => t.rows).find((r) => r.episodeId === id);
      if (!found) return { status: 404, body: { message: 'no such episode' } };
      const defaultKind = found.row.MISSING;
      Object.assign(found, { defaulted: false, kindSetBy: 'jordan.lee', kindSetAt: new Date().toISOString(), row: { ...found.row, MISSING: kind } });
      return { body: { episodeId: id, kind, defaultKind, setBy: 'jordan.lee', setAt: found.kindSetAt } };
    },
  };
}
