/** Test-only: protocol-engine's versions (ProtocolVersionView) and a what-if answer (WhatIfAnswer) in their real shapes. */
import { DEFAULT_PROFILE } from '@homeward/protocol';
import type { ProtocolVersionView, RequiredActionView, WhatIfAnswer } from '../data/protocol-engine.types';

export const ACTIVE_ID = '3f6a1d2e-1111-4a5b-8c7d-000000000001';
export const DRAFT_ID = '3f6a1d2e-2222-4a5b-8c7d-000000000002';
export const RETIRED_ID = '3f6a1d2e-3333-4a5b-8c7d-000000000003';

const profile = DEFAULT_PROFILE as unknown as ProtocolVersionView['profile'];

/** Newest first, as protocol-engine lists them: a draft with a 48-hour interview, the default active, an older one retired. */
export function protocolVersions(): ProtocolVersionView[] {
  const draftRules = profile.rules.map((r) =>
    r.id === 'return-interview' ? { ...r, reason: 'Child found: a return interview within 48 hours', then: { actions: [{ ...r.then.actions![0], deadline: { unit: 'CLOCK_HOURS' as const, amount: 48 } }] } } : r,
  );
  return [
    { id: DRAFT_ID, version: 'nscb-2027-1', status: 'DRAFT', profile: { ...profile, version: 'nscb-2027-1', name: 'NSCB 2027 consultation', rules: draftRules }, effectiveFrom: null, createdBy: 'admin', createdAt: '2026-11-20T10:15:00Z', activatedBy: null, activatedAt: null, retiredAt: null },
    { id: ACTIVE_ID, version: profile.version, status: 'ACTIVE', profile, effectiveFrom: '2026-03-31T23:00:00Z', createdBy: 'admin', createdAt: '2026-03-10T09:00:00Z', activatedBy: 'admin', activatedAt: '2026-03-20T14:30:00Z', retiredAt: null },
    { id: RETIRED_ID, version: 'nscb-2025-1', status: 'RETIRED', profile: { ...profile, version: 'nscb-2025-1', name: 'NSCB 2025', rules: profile.rules.slice(0, 2) }, effectiveFrom: '2025-03-31T23:00:00Z', createdBy: 'admin', createdAt: '2025-03-01T09:00:00Z', activatedBy: 'admin', activatedAt: '2025-03-02T09:00:00Z', retiredAt: '2026-03-31T23:00:00Z' },
  ];
}

const rhi = (amount: number, priority = 'NORMAL'): RequiredActionView => ({
  actionKey: 'RETURN_INTERVIEW', taskType: 'RETURN_INTERVIEW', priority, deadline: { unit: 'CLOCK_HOURS', amount }, anchorAt: '2026-10-03T18:00:00Z', responsibleAuthority: null, reasons: ['return-interview'],
});

/** The draft over a period: three notifications decided differently (two deadlines shorter, one meeting no longer asked for). */
export function whatIfAnswer(from: string, to: string, options: { differences?: boolean } = {}): WhatIfAnswer {
  if (options.differences === false) {
    return { from, to, draftVersion: 'nscb-2027-1', notificationsReplayed: 41, timersReplayed: 3, decisionsDiffering: 0, summary: { tasksAdded: 0, tasksRemoved: 0, tasksChanged: 0, byRule: {} }, differences: [] };
  }
  const changed = (ref: string, at: string, priority = 'NORMAL') => ({
    cause: { kind: 'notification' as const, ingestId: `ing-${ref}`, notificationId: `n-${ref}` }, ingestId: `ing-${ref}`, policeReference: ref, episodeId: `ep-${ref}`, type: 'FOUND', occurredAt: at, baselineVersion: 'nscb-default-2', added: [], removed: [],
    changed: [{ actionKey: 'RETURN_INTERVIEW', taskType: 'RETURN_INTERVIEW', before: rhi(72, priority), after: rhi(48, priority) }], rulesNowFiring: [], rulesNoLongerFiring: [],
  });
  return {
    from, to, draftVersion: 'nscb-2027-1', notificationsReplayed: 128, timersReplayed: 9, decisionsDiffering: 3,
    summary: { tasksAdded: 0, tasksRemoved: 1, tasksChanged: 2, byRule: { 'return-interview': { added: 0, removed: 0, changed: 2 }, 'persistent-missing': { added: 0, removed: 1, changed: 0 } } },
    differences: [
      changed('NT/26/004512', '2026-10-03T18:00:00Z', 'PRIORITY'),
      changed('NT/26/004730', '2026-10-09T07:40:00Z'),
      {
        cause: { kind: 'notification', ingestId: 'ing-3', notificationId: 'n-3' }, ingestId: 'ing-3', policeReference: 'NT/26/005102', episodeId: 'ep-3', type: 'MISSING_REPORTED', occurredAt: '2026-10-21T22:05:00Z', baselineVersion: 'nscb-default-2', added: [],
        removed: [{ ...rhi(5), actionKey: 'MULTI_AGENCY_MEETING', taskType: 'MULTI_AGENCY_MEETING', deadline: { unit: 'WORKING_DAYS', amount: 5 }, reasons: ['persistent-missing'] }],
        changed: [], rulesNowFiring: [], rulesNoLongerFiring: ['persistent-missing'],
      },
    ],
  };
}
