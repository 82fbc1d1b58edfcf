import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AlertingKinds } from '@homeward/routing';
import type { Alert } from './alert.entity';
import type { Addressee } from './raise-alerts/addressing';

/**
 * What leaves the service about an alert (feed, stream, e-mail, webhook): references and a
 * link, never the child's name, date of birth or address. The link is where details live.
 */
export class AlertView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: AlertingKinds }) kind: string;
  @ApiProperty({ example: 'CHILDREN_MISSING_OFFICER' }) recipient: string;
  @ApiProperty({ nullable: true, type: String, description: 'Null for an alert about a CME task (see caseReference)' }) policeReference: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: "The CME case's reference, for an alert about a CME task", example: 'CME-2026-000042' }) caseReference: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null for an alert about a CME task' }) childId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null for an alert about a CME task' }) episodeId: string | null;
  @ApiPropertyOptional({ nullable: true }) riskLevel: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) taskId: string | null;
  @ApiPropertyOptional({ nullable: true }) responsibleAuthority: string | null;
  @ApiProperty() summary: string;
  @ApiPropertyOptional({
    nullable: true,
    type: 'object',
    additionalProperties: true,
    description: 'The officer it is addressed to by name, besides the role: { username, displayName }, with coveringFor when it went to the cover of someone on leave, awayUntil when they are away with no cover',
    example: { username: 'rowan.patel', displayName: 'Rowan Patel', coveringFor: { username: 'jordan.lee', displayName: 'Jordan Lee' } },
  })
  addressee: Addressee | null;
  @ApiProperty({ description: "The alert's page in the staff workspace (ALERT_LINK_BASE_URL + `/<id>`), where the recipient signs in to see the details", example: 'http://localhost:3004/alerts/3f6c2b2e-6a43-4d55-9a3e-0d2f8f4f9b11' })
  link: string;
  @ApiProperty() raisedAt: string;
  @ApiPropertyOptional({ nullable: true }) acknowledgedAt: string | null;
  @ApiPropertyOptional({ nullable: true }) acknowledgedBy: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'The unacknowledged alert this one escalates' }) escalationOf: string | null;
}

export function toAlertView(a: Alert, linkBaseUrl: string): AlertView {
  return {
    id: a.id,
    kind: a.kind,
    recipient: a.recipient,
    policeReference: a.policeReference,
    caseReference: a.caseReference ?? null,
    childId: a.childId,
    episodeId: a.episodeId,
    riskLevel: a.riskLevel,
    taskId: a.taskId,
    responsibleAuthority: a.responsibleAuthority,
    summary: a.summary,
    addressee: a.addressee ?? null,
    link: `${linkBaseUrl.replace(/\/$/, '')}/${a.id}`,
    raisedAt: a.raisedAt.toISOString(),
    acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: a.acknowledgedBy,
    escalationOf: a.escalationOf,
  };
}
