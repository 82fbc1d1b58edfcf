/** Test-only: Amy's record (record-fixtures) with what staff record on it: placement notices, the allocated worker, merges. */
/* eslint-disable @nx/enforce-module-boundaries -- a spec helper, so it may use the testing lib like the specs do */
import type { StubRequest, StubRoutes } from '@homeward/testing';
import { recordStubRoutes } from './record-fixtures';

export const NOTICE_REFUSED = 'Refused House';

/** A GOV.UK date input's fields as a form posts them. */
export const dateFields = (name: string, day: string, month: string, year: string) => ({ [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year });

/** The placement notice form answered for Amy (no end date). */
export const placementNoticeForm = {
  givenName: 'Amy',
  familyName: "O'Neil",
  ...dateFields('dateOfBirth', '4', '5', '2012'),
  gender: '',
  localAuthorityId: 'LA-448812',
  placingAuthority: 'E10000007',
  ...dateFields('placementStart', '1', '3', '2026'),
  ...dateFields('placementEnd', '', '', ''),
  providerName: 'Oakfield House',
  providerKind: 'CHILDRENS_HOME',
  riskAssessment: 'yes',
  riskPlan: 'no',
};

/**
 * The record's services, plus protocol-engine's PUT allocated-worker and POST merge (MANAGER;
 * 409 once Amir is merged) and ingest-api's POST /v1/placement-notices (202; 400 naming
 * child.dateOfBirth for the provider NOTICE_REFUSED; CMO or MANAGER tokens only).
 */
export function caseworkStubRoutes(now: Date) {
  const base = recordStubRoutes(now);
  const merged = new Set<string>();
  const protocolEngine: StubRoutes = {
    'PUT /v1/children/:id/allocated-worker': (req: StubRequest, { id }) => ({
      body: { childId: id, staffId: (req.body as { staffId: string | null }).staffId, previousStaffId: null, recordedBy: 'manager', recordedAt: now.toISOString() },
    }),
    'POST /v1/children/:id/merge': (req: StubRequest, { id }) => {
      if (req.headers.authorization !== 'Bearer token-for-manager') return { status: 403, body: { message: 'Forbidden' } };
      const { mergeChildId } = req.body as { mergeChildId: string };
      if (merged.has(mergeChildId)) return { status: 409, body: { message: 'already merged' } };
      merged.add(mergeChildId);
      return { body: { mergeId: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e4f', survivorChildId: id, mergedChildId: mergeChildId, mergedAt: now.toISOString(), mergedBy: 'manager', episodesMoved: 1 } };
    },
    ...base.protocolEngine,
  };
  const ingestApi: StubRoutes = {
    'POST /v1/placement-notices': (req: StubRequest) => {
      if (!['Bearer token-for-cmo', 'Bearer token-for-manager'].includes(String(req.headers.authorization))) return { status: 403, body: { message: 'Forbidden' } };
      const body = req.body as { provider: { name: string } };
      if (body.provider.name === NOTICE_REFUSED) {
        return { status: 400, body: { message: 'validation failed', problems: [{ field: 'child.dateOfBirth', reason: 'the person was 18 or over at placementStart: not a child' }] } };
      }
      return { status: 202, body: { id: 'd0e1f2a3-b4c5-4d6e-8f7a-0b1c2d3e4f5a', status: 'accepted' } };
    },
  };
  return { ...base, protocolEngine, ingestApi };
}

