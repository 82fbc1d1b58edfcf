/** Test-only: protocol-engine's weekly report and compliance-tracker's episode work in their real shapes. */
/* eslint-disable @nx/enforce-module-boundaries -- a spec helper, so it may use the testing lib like the specs do */
import type { StubRoutes } from '@homeward/testing';
import type { EpisodeWork } from '../../data/compliance-tracker.types';
import type { WeeklyLookedAfterEpisode, WeeklyLookedAfterReport } from '../../data/protocol-engine.types';
import { AMY_ID, OTHER_ID } from '../../testing/record-fixtures';

export const WEEK = '2026-11-23';
const EP = (n: number) => `d1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f0${n}`;
const PLACED_CHILD = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';

const episode = (e: Partial<WeeklyLookedAfterEpisode> & Pick<WeeklyLookedAfterEpisode, 'episodeId' | 'policeReference'>): WeeklyLookedAfterEpisode => ({
  force: 'WYP',
  child: { id: AMY_ID, givenName: 'Amy', familyName: "O'Neil", localAuthorityId: 'LA-448812', dateOfBirth: '2012-05-04', ageYears: 14 },
  placement: { kind: 'FOSTER_CARE', provider: null, noticeId: null },
  placingAuthority: 'E08000032',
  missingSince: null,
  foundAt: null,
  stillMissing: false,
  durationMinutes: null,
  riskLevel: 'LOW',
  policeRiskLevel: 'LOW',
  riskChanges: [],
  vulnerabilities: [],
  foundLocation: null,
  repeatCount: 1,
  missingElsewhere: false,
  ...e,
});

/** Week of 23 November 2026: two of ours (one placed in Nottinghamshire, graded up to HIGH; one spanning the week's start), two placed here (one still missing). */
export function weeklyReport(): WeeklyLookedAfterReport {
  return {
    weekStart: WEEK, weekEnd: '2026-11-29', from: '2026-11-23T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z', asOf: '2026-11-30T08:00:00.000Z',
    homeAuthority: 'E08000032', repeatWindowDays: 90,
    summary: { episodes: 4, children: 4, stillMissing: 1, highRisk: 2 },
    ours: [
      episode({ episodeId: EP(1), policeReference: 'WY/26/007001', child: { id: OTHER_ID, givenName: 'Jay', familyName: 'Patel', localAuthorityId: 'LA-551020', dateOfBirth: '2011-02-10', ageYears: 15 }, placement: { kind: 'CHILDRENS_HOME', provider: null, noticeId: null }, missingSince: '2026-11-20T22:00:00.000Z', foundAt: '2026-11-23T10:00:00.000Z', durationMinutes: 3600 }),
      episode({
        episodeId: EP(2), policeReference: 'NT/26/004512', force: 'NOTTS', missingElsewhere: true, missingSince: '2026-11-24T18:00:00.000Z', foundAt: '2026-11-25T20:00:00.000Z', durationMinutes: 1560,
        riskLevel: 'HIGH', policeRiskLevel: 'HIGH', riskChanges: [{ at: '2026-11-24T18:00:00.000Z', riskLevel: 'MEDIUM' }, { at: '2026-11-25T09:00:00.000Z', riskLevel: 'HIGH' }],
        foundLocation: { postcode: 'NG1 5FS', description: 'Victoria bus station', returnedTo: 'Foster carer' }, repeatCount: 2,
      }),
    ],
    placedHere: [
      episode({
        episodeId: EP(3), policeReference: 'WY/26/007044', child: { id: PLACED_CHILD, givenName: 'Kai', familyName: 'Brennan', localAuthorityId: null, dateOfBirth: '2010-08-01', ageYears: 16 },
        placement: { kind: 'CHILDRENS_HOME', provider: 'Oakfield House', noticeId: 'aa1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' }, placingAuthority: 'E08000035',
        missingSince: '2026-11-27T16:00:00.000Z', stillMissing: true, durationMinutes: 3840, riskLevel: 'HIGH', policeRiskLevel: 'HIGH', riskChanges: [{ at: '2026-11-27T16:00:00.000Z', riskLevel: 'HIGH' }], vulnerabilities: ['CSE'],
      }),
      episode({
        episodeId: EP(4), policeReference: 'WY/26/007090', child: { id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', givenName: 'Lia', familyName: 'Moss', localAuthorityId: null, dateOfBirth: '2012-03-03', ageYears: 14 },
        placement: { kind: 'SUPPORTED_ACCOMMODATION', provider: null, noticeId: null }, placingAuthority: 'E08000036',
        missingSince: '2026-11-28T12:00:00.000Z', foundAt: '2026-11-28T15:30:00.000Z', durationMinutes: 210,
      }),
    ],
    authorityNotKnown: [],
  };
}

const rhi = (r: Partial<NonNullable<EpisodeWork['returnInterview']>>): NonNullable<EpisodeWork['returnInterview']> => ({
  taskId: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b', state: 'TO_OFFER', priority: 'NORMAL', dueAt: '2026-11-26T10:00:00.000Z', dueAtLondon: '2026-11-26T10:00:00+00:00',
  offeredAt: null, heldAt: null, overdue: false, offeredOnTime: null, heldOnTime: null, responsibleAuthority: null, hostForce: null, assignee: null, ...r,
});

/** The RHI of Jay's episode overdue; Amy's declined on time, arranged in Nottinghamshire, a meeting open; Lia's the placing LA's, held. */
export function episodeWork(): EpisodeWork[] {
  return [
    { episodeId: EP(1), returnInterview: rhi({ overdue: true, offeredOnTime: false }), openActions: [] },
    {
      episodeId: EP(2), returnInterview: rhi({ state: 'DECLINED', dueAt: '2026-11-28T20:00:00.000Z', offeredAt: '2026-11-26T10:00:00.000Z', offeredOnTime: true, hostForce: 'NOTTS' }),
      openActions: [{ taskId: 'e1d2c3b4-a5f6-4789-8a0b-1c2d3e4f5a6b', type: 'MULTI_AGENCY_MEETING', status: 'OPEN', priority: 'NORMAL', dueAt: '2026-12-09T17:00:00.000Z', dueAtLondon: '2026-12-09T17:00:00+00:00', overdue: false, assignee: null, responsibleAuthority: null }],
    },
    { episodeId: EP(4), returnInterview: rhi({ state: 'HELD', dueAt: '2026-12-01T15:30:00.000Z', offeredAt: '2026-11-29T09:00:00.000Z', heldAt: '2026-11-29T11:00:00.000Z', offeredOnTime: true, heldOnTime: true, responsibleAuthority: 'E08000036' }), openActions: [] },
  ];
}

export function weeklyRoutes(): { protocolEngine: StubRoutes; directory: StubRoutes } {
  const work = episodeWork();
  return {
    protocolEngine: { 'GET /v1/reports/weekly-looked-after': () => ({ body: weeklyReport() }) },
    directory: {
      'GET /v1/episode-work': (req) => {
        const ids = (req.query.get('episodeIds') ?? '').split(',');
        return { body: work.filter((w) => ids.includes(w.episodeId)) };
      },
    },
  };
}
