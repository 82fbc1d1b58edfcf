import { handOverNoticeEmail, type HandOverNotice } from './hand-over-notice';

const notice: HandOverNotice = {
  id: '6f1d2c2e-7c1b-4c39-9d55-0c8e1f0a9b11',
  caseId: '0b7e4e2a-58a0-4d7e-9f62-2c5f3c8f1d20',
  caseReference: 'CME-2026-000042',
  toAuthority: { code: 'E10000024', name: 'Nottinghamshire County Council', cmeMailbox: 'cme@nottinghamshire.example.gov.uk' },
  fromAuthority: { name: 'Homeward development council', cmeMailbox: 'cme@homeward-council.example.gov.uk' },
  // 23:30 in London on 30 November is still 30 November; 23:30 UTC in summer is the next day.
  handedOverAt: new Date('2026-11-30T23:30:00Z'),
};

describe('the hand-over notice to the LA a child missing education moved to', () => {
  it('given a hand-over, names the case, both LAs, the day in London and our CMO mailbox as the contact, with replies going there', () => {
    const mail = handOverNoticeEmail(notice);
    expect(mail.subject).toBe('[Homeward] Child missing education: case CME-2026-000042 handed over to Nottinghamshire County Council');
    expect(mail.replyTo).toBe('cme@homeward-council.example.gov.uk');
    expect(mail.headers).toEqual({ 'X-Homeward-Cme-Case-Reference': 'CME-2026-000042', 'X-Homeward-Hand-Over-Id': notice.id });
    expect(mail.text).toContain('To the children missing education team, Nottinghamshire County Council (E10000024)');
    expect(mail.text).toContain('Homeward development council is handing over');
    expect(mail.text).toContain('Our case reference: CME-2026-000042');
    expect(mail.text).toContain('Handed over on: 30 November 2026');
    expect(mail.text).toContain('Our contact: the children missing education officer, cme@homeward-council.example.gov.uk');
  });

  it("given any hand-over, says the child's details follow by the secure LA-to-LA route and carries nothing but references and contacts", () => {
    const mail = handOverNoticeEmail({ ...notice, handedOverAt: new Date('2026-07-14T23:30:00Z') });
    expect(mail.text).toContain('Handed over on: 15 July 2026');
    expect(mail.text).toMatch(/details.*follow by the secure LA-to-LA route/);
    // Nothing in it but what the notice holds: no field the e-mail could take a child's data from.
    expect(Object.keys(notice).sort()).toEqual(['caseId', 'caseReference', 'fromAuthority', 'handedOverAt', 'id', 'toAuthority']);
  });
});
