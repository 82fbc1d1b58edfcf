import { PlacementProviderKinds, type PlacementProviderKind } from '@homeward/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PlacementNotice } from '../placement-notice.entity';

export class PlacementNoticeView {
  @ApiProperty({ format: 'uuid', description: "Homeward's id for the notice (decisions' facts quote it)" }) id: string;
  @ApiProperty({ description: 'Who sent it: la:<authority code> (its own key) or staff:<staff id>' }) sender: string;
  @ApiProperty({ description: "The sender's own id for the notice" }) noticeId: string;
  @ApiProperty({ example: 'E08000032' }) placingAuthority: string;
  @ApiProperty({ example: '2026-03-01' }) placementStart: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2026-09-30', description: 'Null while open-ended' }) placementEnd: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The carer or home the child lives with; null once the child's personal data was erased" }) providerName: string | null;
  @ApiProperty({ enum: PlacementProviderKinds }) providerKind: PlacementProviderKind;
  @ApiProperty() riskAssessmentProvided: boolean;
  @ApiProperty() riskManagementPlanProvided: boolean;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
}

export const toPlacementNoticeView = (n: PlacementNotice): PlacementNoticeView => ({
  id: n.id,
  sender: n.sender,
  noticeId: n.noticeId,
  placingAuthority: n.placingAuthority,
  placementStart: n.placementStart,
  placementEnd: n.placementEnd,
  providerName: n.providerName,
  providerKind: n.providerKind,
  riskAssessmentProvided: n.riskAssessmentProvided,
  riskManagementPlanProvided: n.riskManagementPlanProvided,
  receivedAt: new Date(n.receivedAt).toISOString(),
});
