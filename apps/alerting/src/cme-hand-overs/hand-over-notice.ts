import type { EmailContent } from '../delivery/channels/email.sender';

/** A CME case handed over to another LA, as alerting keeps it to tell that LA: references and contacts, no child. */
export interface HandOverNotice {
  id: string;
  caseId: string;
  caseReference: string;
  toAuthority: { code: string; name: string; cmeMailbox: string };
  fromAuthority: { name: string; cmeMailbox: string };
  handedOverAt: Date;
}

const londonDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });

/**
 * The e-mail that tells the receiving LA's CME team a case is theirs now: the case reference,
 * who hands it over and how to reach them, the date, and that the child's details follow by the
 * secure LA-to-LA route. It names no child, by design: e-mail is no place for a child's details. Pure.
 */
export function handOverNoticeEmail(notice: HandOverNotice): EmailContent {
  const { toAuthority: to, fromAuthority: from, caseReference } = notice;
  const on = londonDay.format(notice.handedOverAt);
  return {
    subject: `[Homeward] Child missing education: case ${caseReference} handed over to ${to.name}`,
    replyTo: from.cmeMailbox,
    headers: { 'X-Homeward-Cme-Case-Reference': caseReference, 'X-Homeward-Hand-Over-Id': notice.id },
    text: [
      `To the children missing education team, ${to.name} (${to.code})`,
      '',
      `${from.name} is handing over a child missing education case to you: the family has moved to your area, and the child is yours to find a school place for and to follow up.`,
      '',
      `Our case reference: ${caseReference}`,
      `Handed over on: ${on}`,
      `Our contact: the children missing education officer, ${from.cmeMailbox}`,
      '',
      "The child's and family's details, and what our enquiries found, follow by the secure LA-to-LA route (a secure e-mail or School2School), not in this e-mail. Please quote the case reference when you reply or when you receive them.",
      '',
      `Please reply to ${from.cmeMailbox} to confirm you have taken the case.`,
      '',
    ].join('\n'),
  };
}
