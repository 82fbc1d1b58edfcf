import { CmeOutcomes, CmeSources, type CmeOutcome, type CmeSource } from '@homeward/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type EnquiryResult, ReasonableEnquiries, type ReasonableEnquiry } from '../cme-rules';
import { SchoolReturnKinds, type SchoolReturnKind } from '../school-returns/school-return.entity';

export class CmeCaseSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'CME-2026-000042' }) reference: string;
  @ApiProperty({ enum: ['OPEN', 'CLOSED'] }) status: 'OPEN' | 'CLOSED';
  @ApiProperty({ enum: CmeSources }) source: CmeSource;
  @ApiProperty({ example: 'Amira Khan', nullable: true, type: String, description: "The pupil's name: personal, and this read is recorded. Null once erased" }) name: string | null;
  @ApiProperty({ example: '2013-09-14', nullable: true, type: String, description: 'Null once erased' }) dateOfBirth: string | null;
  @ApiPropertyOptional({ example: 'A123456789012' }) upn: string | null;
  @ApiPropertyOptional({ example: '140123', description: 'The school that referred the pupil' }) schoolUrn: string | null;
  @ApiProperty({ example: '2026-10-05' }) firstDayMissing: string;
  @ApiProperty() openedAt: string;
  @ApiPropertyOptional({ enum: CmeOutcomes }) outcome: CmeOutcome | null;
  @ApiPropertyOptional() closedAt: string | null;
  @ApiPropertyOptional({ description: 'School days missing education, once closed' }) schoolDaysMissing: number | null;
  @ApiPropertyOptional({ description: "When the child's personal data was erased: the pupil, returns and referrals then name no one" }) erasedAt: string | null;
}

export class CaseReturnView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: SchoolReturnKinds }) kind: SchoolReturnKind;
  @ApiProperty({ example: '140123' }) urn: string;
  @ApiProperty({ example: 'Riverside Academy' }) school: string;
  @ApiProperty() receivedAt: string;
  @ApiProperty() late: boolean;
  @ApiProperty({ description: 'The return as the school sent it' }) body: Record<string, unknown>;
}

export class CaseReferralView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'HEALTH' }) source: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty() receivedAt: string;
  @ApiProperty({ description: 'The referral as recorded: referrer, child, reason' }) body: Record<string, unknown>;
}

export class CaseEnquiryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ReasonableEnquiries }) enquiry: ReasonableEnquiry;
  @ApiProperty({ example: '2026-11-18' }) madeOn: string;
  @ApiProperty({ enum: ['FOUND', 'NOT_FOUND', 'NO_RESPONSE'] }) result: EnquiryResult;
  @ApiPropertyOptional() note?: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty() recordedAt: string;
}

export class DeletionAnswerView {
  @ApiProperty() mayDelete: boolean;
  @ApiProperty({ example: '2026-11-27' }) twentiethSchoolDay: string;
  @ApiProperty() schoolDaysAbsent: number;
  @ApiProperty({ type: [String] }) stillMissing: string[];
}

export class CmeCaseView extends CmeCaseSummaryView {
  @ApiProperty({ description: 'The pupil and parents as the latest return described them' }) pupil: Record<string, unknown>;
  @ApiProperty({ type: [CaseReturnView], description: 'Every return about this case, oldest first' }) returns: CaseReturnView[];
  @ApiProperty({ type: [CaseReferralView], description: "Other LAs' and agencies' referrals about this case, oldest first" }) referrals: CaseReferralView[];
  @ApiProperty({ type: [CaseEnquiryView], description: 'The reasonable enquiries recorded, oldest first' }) enquiries: CaseEnquiryView[];
  @ApiProperty({ enum: ReasonableEnquiries, isArray: true, description: 'Reasonable enquiries not yet recorded' }) enquiriesNotMade: ReasonableEnquiry[];
  @ApiPropertyOptional({ type: DeletionAnswerView, description: 'For a continuous absence: the 20-day answer the school gets' }) deletion: DeletionAnswerView | null;
  @ApiPropertyOptional({ description: 'What the outcome rests on' }) outcomeDetails: Record<string, unknown> | null;
  @ApiPropertyOptional() resolvedOn: string | null;
}
