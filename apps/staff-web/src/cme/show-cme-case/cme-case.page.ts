import type { OfficerView } from '../../data/compliance-tracker.types';
import type { CmeCase, CmeCaseReferral, CmeCaseReturn, CmeParent, CmePupil } from '../../data/education-referrals.types';
import { shownCaseName } from '../../data/erased-child';
import { ageFrom, londonDate, londonDateTime } from '../../web/date-filters';
import { label } from '../../web/labels';
import { actorName } from '../../tasks/task-presenters';
import { daysSince } from '../days-since';

/**
 * A CME case as its page shows it: the child and parents, the 20-day answer, the reasonable
 * enquiries made and still to make, what was received, and the outcome once closed. Pure.
 */

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export interface ReceivedRow {
  receivedAt: string;
  what: string;
  from: string;
  late: boolean;
  details: string[];
}

function returnRow(r: CmeCaseReturn): ReceivedRow {
  const b = r.body;
  const details: string[] = [];
  const ground = obj(b.ground);
  if (str(b.deletionDate)) details.push(`To be deleted on ${londonDate(str(b.deletionDate))}`);
  if (str(ground.reason)) details.push(`Ground: ${label('cmeDeletionReason', str(ground.reason))} (regulation ${str(ground.regulation) ?? '?'}${str(ground.paragraph) ?? ''})`);
  if (str(b.absenceStart)) details.push(`Absent since ${londonDate(str(b.absenceStart))}`);
  if (num(b.schoolDaysAbsent) !== undefined) details.push(`${plural(num(b.schoolDaysAbsent) ?? 0, 'school day', 'school days')} absent when sent`);
  if (num(b.schoolDaysMissed) !== undefined) details.push(`${plural(num(b.schoolDaysMissed) ?? 0, 'school day', 'school days')} missed through illness`);
  if (str(b.admissionDate)) details.push(`On roll from ${londonDate(str(b.admissionDate))}`);
  return { receivedAt: r.receivedAt, what: label('schoolReturn', r.kind), from: `${r.school} (URN ${r.urn})`, late: r.late, details };
}

function referralRow(r: CmeCaseReferral, officers: readonly OfficerView[]): ReceivedRow {
  const referrer = obj(r.body.referrer);
  const who = [str(referrer.name), str(referrer.organisation)].filter(Boolean).join(', ');
  const details = [str(r.body.reason), `Recorded by ${actorName(r.recordedBy, officers)}`].filter((d): d is string => Boolean(d));
  if (str(referrer.phone)) details.splice(1, 0, `Phone: ${str(referrer.phone)}`);
  return { receivedAt: r.receivedAt, what: `Referral from ${label('cmeSource', r.source).toLowerCase()}`, from: who || 'Not given', late: false, details };
}

function parentView(p: CmeParent) {
  return {
    name: p.name,
    relationship: p.relationship ?? '',
    emergencyPhone: p.emergencyPhone,
    livesWithPupil: p.livesWithPupil ? 'Yes' : 'No',
    address: p.address ?? null,
  };
}

/** What the outcome rests on, as summary-list rows, in the order the form asks for them. */
function outcomeRows(c: CmeCase, officers: readonly OfficerView[]): { key: string; value: string }[] {
  const d = c.outcomeDetails ?? {};
  const school = obj(d.school);
  const rows: { key: string; value: string }[] = [{ key: 'Outcome', value: label('cmeOutcome', c.outcome) }];
  if (c.resolvedOn) rows.push({ key: "Education accounted for on", value: londonDate(c.resolvedOn) });
  if (str(school.name)) rows.push({ key: 'School', value: `${str(school.name)}${str(school.urn) ? ` (URN ${str(school.urn)})` : ''}` });
  if (typeof d.schoolInArea === 'boolean') rows.push({ key: 'School in this authority', value: d.schoolInArea ? 'Yes' : 'No' });
  const handOver = obj(d.handOver);
  if (str(handOver.authorityName)) {
    rows.push({ key: 'Authority now responsible', value: `${str(handOver.authorityName)} (${str(handOver.authority) ?? ''})` });
    rows.push({ key: 'Hand-over notice', value: `E-mailed to ${str(handOver.noticeTo) ?? ''} on ${londonDateTime(str(handOver.handedOverAt) ?? '')}` });
  } else if (str(d.authority)) rows.push({ key: 'Authority now responsible', value: str(d.authority) ?? '' });
  if (str(d.authorityToldOn)) rows.push({ key: 'That authority told on', value: londonDate(str(d.authorityToldOn)) });
  if (str(d.country)) rows.push({ key: 'Country', value: str(d.country) ?? '' });
  if (str(d.ctfUploadedOn)) rows.push({ key: 'Lost CTF uploaded to the lost pupils database on', value: londonDate(str(d.ctfUploadedOn)) });
  if (str(d.referredTo)) rows.push({ key: 'Referred to', value: str(d.referredTo) ?? '' });
  if (str(d.referredOn)) rows.push({ key: 'Referred on', value: londonDate(str(d.referredOn)) });
  rows.push({ key: 'School days missing education', value: c.schoolDaysMissing === null ? 'Not counted' : plural(c.schoolDaysMissing, 'school day', 'school days') });
  if (c.closedAt) rows.push({ key: 'Closed', value: `${londonDateTime(c.closedAt)}${str(d.recordedBy) ? ` by ${actorName(str(d.recordedBy), officers)}` : ''}` });
  return rows;
}

export function cmeCasePage(p: { cmeCase: CmeCase; officers: readonly OfficerView[]; now: Date; canRecord: boolean }) {
  const { cmeCase: c, officers, now } = p;
  // Once erased the pupil is empty and the case names no one.
  const pupil: Partial<CmePupil> = c.pupil;
  const name = shownCaseName(c.name);
  const open = c.status === 'OPEN';
  const received = [...c.returns.map(returnRow), ...c.referrals.map((r) => referralRow(r, officers))].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  return {
    id: c.id,
    reference: c.reference,
    open,
    source: label('cmeSource', c.source),
    firstDayMissing: londonDate(c.firstDayMissing),
    daysSince: open ? daysSince(c.firstDayMissing, now) : undefined,
    openedAt: londonDateTime(c.openedAt),
    erasedOn: c.erasedAt ? londonDate(c.erasedAt) : undefined,
    pupil: {
      name,
      givenName: pupil.givenName ?? 'the child',
      dateOfBirth: pupil.dateOfBirth ? londonDate(pupil.dateOfBirth) : 'Erased',
      age: pupil.dateOfBirth ? ageFrom(pupil.dateOfBirth, now) : undefined,
      upn: pupil.upn ?? c.upn ?? '',
      gender: pupil.gender ?? '',
      address: pupil.address ?? null,
      lastKnownSchool: pupil.lastKnownSchool ? `${pupil.lastKnownSchool.name}${pupil.lastKnownSchool.urn ? ` (URN ${pupil.lastKnownSchool.urn})` : ''}` : '',
      // The school that referred the pupil, named as its return names it.
      school: c.schoolUrn ? `${c.returns.find((r) => r.urn === c.schoolUrn)?.school ?? 'School'} (URN ${c.schoolUrn})` : '',
    },
    parents: (pupil.parents ?? []).map(parentView),
    deletion: c.deletion && {
      mayDelete: c.deletion.mayDelete,
      twentiethSchoolDay: londonDate(c.deletion.twentiethSchoolDay),
      schoolDaysAbsent: plural(c.deletion.schoolDaysAbsent, 'school day', 'school days'),
      stillMissing: c.deletion.stillMissing.map(capitalise),
    },
    enquiries: c.enquiries.map((e) => ({
      enquiry: label('reasonableEnquiry', e.enquiry),
      madeOn: londonDate(e.madeOn),
      result: label('enquiryResult', e.result),
      found: e.result === 'FOUND',
      note: e.note ?? '',
      recordedBy: actorName(e.recordedBy, officers),
    })),
    enquiriesNotMade: c.enquiriesNotMade.map((e) => label('reasonableEnquiry', e)),
    received,
    outcome: open ? undefined : outcomeRows(c, officers),
    actions: p.canRecord && open ? { enquiryHref: `/cme/${c.id}/enquiries/new`, outcomeHref: `/cme/${c.id}/outcome` } : undefined,
  };
}

export type CmeCasePage = ReturnType<typeof cmeCasePage>;
