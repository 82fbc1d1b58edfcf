import { Module } from '@nestjs/common';
import { CmeCasesController } from './cme-cases.controller';
import { CmeOutcomeController } from './record-cme-outcome/cme-outcome.controller';
import { RecordCmeOutcome, ShowCmeOutcomeForm } from './record-cme-outcome';
import { CmeReferralController } from './record-cme-referral/referral.controller';
import { RecordCmeReferral, ShowReferralForm } from './record-cme-referral';
import { EnquiryController } from './record-enquiry/enquiry.controller';
import { RecordCmeEnquiry, ShowEnquiryForm } from './record-enquiry';
import { ShowCmeCase } from './show-cme-case';
import { ShowCmeCases } from './show-cme-cases';

/**
 * The CMO's second element of work, children missing education (CME): the open and closed cases
 * and the lost pupils, a case with its 20-day answer and reasonable enquiries, recording an
 * enquiry, an outcome, and another LA's or agency's referral. education-referrals holds it all.
 */
@Module({
  // The referral form before the cases: /cme/referrals/new is not a case.
  controllers: [CmeReferralController, EnquiryController, CmeOutcomeController, CmeCasesController],
  providers: [ShowCmeCases, ShowCmeCase, ShowEnquiryForm, RecordCmeEnquiry, ShowCmeOutcomeForm, RecordCmeOutcome, ShowReferralForm, RecordCmeReferral],
})
export class CmeModule {}
