import { firstReplyChase, replyChase } from './reply-chase';

describe("the chase of a placing authority's reply", () => {
  // Wednesday 30 April 2025, 10:00 London; Monday 5 May is the early May bank holiday.
  const askedAt = new Date('2025-04-30T09:00:00Z');

  it('given a request asked on a Wednesday, when 5 working days pass with no reply, then the CMO is reminded, skipping the weekend and the bank holiday', () => {
    expect(replyChase(askedAt, 1, 5)).toEqual({
      chase: { level: 1, step: 'REMINDED', notifyRole: 'CHILDREN_MISSING_OFFICER' },
      dueAt: new Date('2025-05-08T09:00:00Z'),
    });
    expect(firstReplyChase(askedAt, 5)).toEqual(replyChase(askedAt, 1, 5));
  });

  it('given the reminder, when another 5 working days pass, then the team manager hears, at escalation level 1', () => {
    expect(replyChase(askedAt, 2, 5)).toEqual({
      chase: { level: 2, step: 'ESCALATED', notifyRole: 'TEAM_MANAGER', escalationLevel: 1 },
      dueAt: new Date('2025-05-15T09:00:00Z'),
    });
  });

  it('given the escalation, then no further chase is due', () => {
    expect(replyChase(askedAt, 3, 5)).toBeNull();
  });
});
