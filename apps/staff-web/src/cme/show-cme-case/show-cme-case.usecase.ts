import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import { EducationReferralsClient } from '../../data/education-referrals.client';
import { CmeCasePage, cmeCasePage } from './cme-case.page';

/** A CME case from education-referrals (it records the read), with the staff directory for who recorded what. */
@Injectable()
export class ShowCmeCase {
  constructor(
    private readonly education: EducationReferralsClient,
    private readonly tracker: ComplianceTrackerClient,
    private readonly clock: Clock,
  ) {}

  async execute(input: { user: SessionUser; caseId: string }): Promise<CmeCasePage> {
    const { token, role } = input.user;
    const [cmeCase, officers] = await Promise.all([this.education.cmeCase(token, input.caseId), this.tracker.officers(token)]);
    return cmeCasePage({ cmeCase, officers, now: this.clock.now(), canRecord: role === 'CMO' || role === 'MANAGER' });
  }
}
