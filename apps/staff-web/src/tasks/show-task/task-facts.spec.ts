import type { OfficerView } from '../../data/compliance-tracker.types';
import { historyItem, outcomeFacts } from './task-facts';

describe("a task's outcome and history in words", () => {
  const officers: OfficerView[] = [
    { username: 'cmo', displayName: 'Casey Morgan', role: 'CMO', disabled: false, onLeaveNow: true },
    { username: 'cover', displayName: 'Rowan Patel', role: 'CMO', disabled: false, onLeaveNow: false },
  ];

  it('lists what has been recorded, in the order the work goes, in words', () => {
    expect(outcomeFacts({ offeredAt: '2026-12-01T09:15:00Z', offeredHow: 'VIA_CARER', heldAt: '2026-12-03T14:00:00Z', interviewerIndependent: true, result: 'HELD' })).toEqual([
      { key: 'Interview offered', value: 'Tuesday 1 December 2026 at 9:15am, through their carer' },
      { key: 'Held', value: 'Thursday 3 December 2026 at 2pm' },
      { key: 'Independent interviewer', value: 'Yes' },
    ]);
    expect(outcomeFacts({ attendeeAgencies: ['POLICE', 'CHILDRENS_SOCIAL_CARE'], actions: ['Safety plan'] }).map((f) => f.lines)).toEqual([['Police', "Children's social care"], ['Safety plan']]);
    expect(outcomeFacts({})).toEqual([]);
    expect(outcomeFacts(undefined)).toEqual([]);
  });

  it('says who did what, naming officers and the protocol, and the cover a claim went to', () => {
    expect(historyItem({ at: '2026-12-01T08:00:00Z', actor: 'protocol', action: 'CREATED', fromStatus: null, toStatus: 'OPEN', details: {} }, officers)).toEqual({
      label: { text: 'Task created' },
      byline: { text: 'Homeward (the protocol)' },
      datetime: { timestamp: '2026-12-01T08:00:00Z', type: 'datetime' },
      lines: ['The protocol asked for this work.'],
    });
    const claimed = historyItem({ at: '2026-12-01T09:00:00Z', actor: 'cmo', action: 'CLAIMED', fromStatus: 'OPEN', toStatus: 'CLAIMED', details: { role: 'CMO', coveredBy: 'cover' } }, officers);
    expect(claimed.byline.text).toBe('Casey Morgan');
    expect(claimed.lines).toEqual(['Given to Rowan Patel, covering while they are away.']);
    expect(historyItem({ at: 'x', actor: 'system:leave-cover', action: 'HANDED_OVER', fromStatus: 'CLAIMED', toStatus: 'CLAIMED', details: { toAssignee: 'cover', fromAssignee: 'cmo' } }, officers).label.text).toBe('Handed over to Rowan Patel');
  });

  it('titles an outcome by its kind, with its facts beneath, never free text', () => {
    const offered = historyItem({ at: '2026-12-01T09:15:00Z', actor: 'cover', action: 'OUTCOME_RECORDED', fromStatus: 'CLAIMED', toStatus: 'OFFERED', details: { kind: 'OFFERED', offeredAt: '2026-12-01T09:15:00Z', offeredHow: 'PHONE' } }, officers);
    expect(offered.label.text).toBe('Interview offered');
    expect(offered.lines).toEqual(['Interview offered: Tuesday 1 December 2026 at 9:15am, by phone']);
    const declined = historyItem({ at: 'x', actor: 'cover', action: 'OUTCOME_RECORDED', fromStatus: 'OFFERED', toStatus: 'COMPLETED', details: { kind: 'DECLINED', declinedReason: 'CHILD_DECLINED' } }, officers);
    expect(declined).toMatchObject({ label: { text: 'Interview declined' }, lines: ['Declined: The child declined'] });
    expect(historyItem({ at: 'x', actor: 'cmo', action: 'STATUS_CHANGED', fromStatus: 'CLAIMED', toStatus: 'OPEN', details: {} }, officers).label.text).toBe('Status changed from Claimed to Open');
  });

  it("says a task's child had their personal data erased, and what is left", () => {
    const erased = historyItem({ at: '2026-12-02T10:00:00Z', actor: 'protocol', action: 'CHILD_ERASED', fromStatus: 'COMPLETED', toStatus: 'COMPLETED', details: { erasureId: 'e-1' } }, officers);
    expect(erased).toMatchObject({ label: { text: "Child's personal data erased" }, byline: { text: 'Homeward (the protocol)' } });
    expect(erased.lines).toEqual([expect.stringContaining('still count in the figures')]);
  });
});
