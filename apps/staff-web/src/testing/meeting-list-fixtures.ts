/** Test-only: protocol-engine's meeting lists in its real shapes (MeetingListView), kept in memory so a removal shows. */
/* eslint-disable @nx/enforce-module-boundaries -- a spec helper, so it may use the testing lib like the specs do */
import type { StubRoutes } from '@homeward/testing';
import type { MeetingListChild } from '../data/protocol-engine.types';
import { AMY_ID, CURRENT_REF, OTHER_ID } from './record-fixtures';

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
const daysAfter = (now: Date, days: number) => daysBefore(now, -days);

/** Amy on a list since five days ago, for the reason given. */
const amyEntry = (now: Date, entry: Pick<MeetingListChild, 'entryId' | 'reason' | 'until' | 'untilReason'>): MeetingListChild => ({
  childId: AMY_ID,
  givenName: 'Amy',
  familyName: "O'Neil",
  dateOfBirth: '2012-05-04',
  localAuthorityId: 'LA-448812',
  since: daysBefore(now, 5),
  ...entry,
});

export function meetingListChildren(now: Date): Record<'monthly-meeting' | 'cse-meeting', MeetingListChild[]> {
  return {
    'monthly-meeting': [
      {
        entryId: 'f1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f601',
        childId: OTHER_ID,
        givenName: 'Amir',
        familyName: 'Okafor',
        dateOfBirth: '2010-11-19',
        localAuthorityId: 'LA-501177',
        since: daysBefore(now, 40),
        reason: { ruleId: 'persistent-missing', text: 'Persistent missing: 3 or more episodes in a rolling 90 days', decisionId: 'a0b1c2d3-e4f5-4a6b-8c7d-8e9f0a1b2c3d', policeReference: 'NT/26/002200' },
        until: daysAfter(now, 20),
        untilReason: 'Fewer than 3 episodes in the rolling 90 days (rule persistent-missing)',
      },
      amyEntry(now, {
        entryId: 'f1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f602',
        reason: { ruleId: 'persistent-missing', text: 'Persistent missing: 3 or more episodes in a rolling 90 days', decisionId: 'b0b1c2d3-e4f5-4a6b-8c7d-8e9f0a1b2c3d', policeReference: CURRENT_REF },
        until: daysAfter(now, 60),
        untilReason: 'Fewer than 3 episodes in the rolling 90 days (rule persistent-missing)',
      }),
    ],
    'cse-meeting': [
      amyEntry(now, {
        entryId: 'f1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f603',
        reason: { ruleId: 'exploitation', text: 'A CSE or CCE flag: strategy discussion and the CSE meeting list', decisionId: 'b0b1c2d3-e4f5-4a6b-8c7d-8e9f0a1b2c3d', policeReference: CURRENT_REF },
        until: null,
        untilReason: 'Stays on until a manager removes them',
      }),
    ],
  };
}

/** GET /v1/meeting-lists/{list} and POST …/removals as protocol-engine answers them (a MANAGER's token only; OTHER needs a note). */
export function meetingListRoutes(now: Date): StubRoutes {
  const lists = meetingListChildren(now);
  const known = (list: string): list is keyof typeof lists => list in lists;
  return {
    'GET /v1/meeting-lists/:list': (_req, { list }) =>
      known(list) ? { body: { list: list.toUpperCase().replace('-', '_'), asOf: now.toISOString(), children: lists[list] } } : { status: 400, body: { message: 'validation failed', problems: [{ field: 'list', reason: 'no such list' }] } },
    'POST /v1/meeting-lists/:list/removals': (req, { list }) => {
      if (req.headers.authorization !== 'Bearer token-for-manager') return { status: 403, body: { message: 'Forbidden' } };
      const body = req.body as { childId: string; reason: string; note?: string };
      if (body.reason === 'OTHER' && body.note === 'refuse me') return { status: 400, body: { message: 'validation failed', problems: [{ field: 'note', reason: 'a removal for OTHER reasons needs a note saying what' }] } };
      if (!known(list)) return { status: 400, body: { message: 'validation failed' } };
      const entry = lists[list].find((c) => c.childId === body.childId);
      if (!entry) return { status: 404, body: { message: 'The child is not on the list' } };
      lists[list] = lists[list].filter((c) => c !== entry);
      return { body: { entryId: entry.entryId, leftAt: now.toISOString(), leftReason: `Removed by a manager: ${body.reason}`, leftBy: 'manager' } };
    },
  };
}
