import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { EducationReferralsClient } from '../../data/education-referrals.client';
import type { CmeCaseSummary } from '../../data/education-referrals.types';
import { shownCaseName } from '../../data/erased-child';
import { londonDate } from '../../web/date-filters';
import { label } from '../../web/labels';
import { CME_LISTS, cmeCaseHref, CmeList } from '../cme-lists';
import { daysSince } from '../days-since';

/** A list's room: education-referrals answers at most 500; a CMO's open cases are far fewer. */
const CASES_SHOWN = 200;

export interface CmeCaseRow {
  href: string;
  reference: string;
  name: string;
  dateOfBirth: string;
  source: string;
  firstDayMissing: string;
  daysSince: string;
  outcome: string;
  closedOn: string;
  schoolDaysMissing: string;
}

export interface CmeCasesPage {
  list: CmeList;
  tabs: { text: string; href: string; active: boolean }[];
  rows: CmeCaseRow[];
  /** The list reached the page's limit: there may be more. */
  full: boolean;
  /** CMOs and managers record referrals. */
  canRecord: boolean;
}

function row(c: CmeCaseSummary, now: Date): CmeCaseRow {
  return {
    href: cmeCaseHref(c.id),
    reference: c.reference,
    name: shownCaseName(c.name),
    dateOfBirth: c.dateOfBirth ? londonDate(c.dateOfBirth) : '',
    source: label('cmeSource', c.source),
    firstDayMissing: londonDate(c.firstDayMissing),
    daysSince: c.status === 'OPEN' ? daysSince(c.firstDayMissing, now) : '',
    outcome: label('cmeOutcome', c.outcome),
    closedOn: c.closedAt ? londonDate(c.closedAt) : '',
    schoolDaysMissing: c.schoolDaysMissing === null ? 'Not counted' : `${c.schoolDaysMissing} school ${c.schoolDaysMissing === 1 ? 'day' : 'days'}`,
  };
}

/** One CME list as education-referrals has it now (it records the read of every child on it). */
@Injectable()
export class ShowCmeCases {
  constructor(
    private readonly education: EducationReferralsClient,
    private readonly clock: Clock,
  ) {}

  async execute(input: { user: SessionUser; list: CmeList }): Promise<CmeCasesPage> {
    const cases = await this.education.cases(input.user.token, { ...input.list.query, limit: CASES_SHOWN });
    const now = this.clock.now();
    return {
      list: input.list,
      tabs: CME_LISTS.map((l) => ({ text: l.tab, href: l.view === 'open' ? '/cme' : `/cme?view=${l.view}`, active: l.view === input.list.view })),
      rows: cases.map((c) => row(c, now)),
      full: cases.length >= CASES_SHOWN,
      canRecord: input.user.role === 'CMO' || input.user.role === 'MANAGER',
    };
  }
}
