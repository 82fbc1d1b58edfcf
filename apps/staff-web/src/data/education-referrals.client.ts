import { Injectable } from '@nestjs/common';
import { StaffWebConfig } from '../staff-web.config';
import { ApiClient } from './api-client';
import type { CmeCase, CmeCaseListQuery, CmeCaseSummary, CmeOutcomeBody, LocalAuthorityEntry, NewCmeReferral, NewEnquiry, OwnSchool, SchoolReturnAccepted, SchoolReturnPath, SchoolReturnRequest } from './education-referrals.types';

/**
 * education-referrals: children missing education (CME) cases, the CMO's reasonable enquiries,
 * outcomes and agencies' referrals. Every read is recorded there against the signed-in person.
 */
@Injectable()
export class EducationReferralsClient {
  private readonly api: ApiClient;

  constructor(config: StaffWebConfig) {
    this.api = new ApiClient('education-referrals', config.educationReferralsUrl, config.apiTimeoutMs);
  }

  /** Open cases by default; `outcome` gives closed cases with it (WHEREABOUTS_UNKNOWN: the lost pupils). Longest missing first. */
  cases(token: string, query: CmeCaseListQuery = {}): Promise<CmeCaseSummary[]> {
    return this.api.get('/v1/cme-cases', { token, query: { ...query } });
  }

  /** One case with the pupil, returns, referrals, enquiries and the 20-day answer; 404 (ApiProblem) for no such case. */
  cmeCase(token: string, id: string): Promise<CmeCase> {
    return this.api.get(`/v1/cme-cases/${encodeURIComponent(id)}`, { token });
  }

  /** 400 with `problems` (enquiry, madeOn, result, note), 409 when the case is closed. */
  recordEnquiry(token: string, caseId: string, enquiry: NewEnquiry): Promise<{ id: string }> {
    return this.api.post(`/v1/cme-cases/${encodeURIComponent(caseId)}/enquiries`, { token, body: enquiry });
  }

  /** Closes the case. 400 with `problems` (what the outcome needs; `outcome` for enquiries still to make), 409 already closed. */
  recordOutcome(token: string, caseId: string, outcome: CmeOutcomeBody): Promise<{ reference: string; schoolDaysMissing: number | null }> {
    return this.api.post(`/v1/cme-cases/${encodeURIComponent(caseId)}/outcome`, { token, body: outcome });
  }

  /** The other LAs a case can be handed over to, by name. */
  localAuthorities(token: string): Promise<LocalAuthorityEntry[]> {
    return this.api.get('/v1/local-authorities', { token });
  }

  /** 201 new, 200 a repeat of the referralId; 400 with `problems`, 409 the referralId used with another referral. */
  recordReferral(token: string, referral: NewCmeReferral): Promise<{ caseId: string; caseReference: string }> {
    return this.api.post('/v1/cme-referrals', { token, body: referral });
  }

  /**
   * A school's key as its staff typed it at sign-in: the school it stands for. A refused key is an
   * ApiProblem 401 (or 429 past the address limit for refused keys), never an ended session.
   */
  schoolForKey(key: string): Promise<OwnSchool> {
    return this.api.get('/v1/schools/me', { token: key, signingIn: true });
  }

  /** A school's return under its own key. 400 with `problems`; 409 the returnId used for another return; a refused key ends the school's session. */
  sendSchoolReturn(key: string, path: SchoolReturnPath, body: SchoolReturnRequest): Promise<SchoolReturnAccepted> {
    return this.api.post(`/v1/school-returns/${path}`, { token: key, body });
  }

  /** CME counts for a period of London dates (any staff role: no child can be told from them). */
  cmeFigures(token: string, period: { from: string; to: string }): Promise<import('./education-referrals.types').CmeFigures> {
    return this.api.get('/v1/cme-figures', { token, query: period });
  }
}
