import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HistoryAction, HistoryActions } from './history-action';

export class TaskHistoryEntryView {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ description: "An officer's username, or the part of the system that acted (protocol, system:leave-cover)" }) actor: string;
  @ApiProperty({ enum: HistoryActions }) action: HistoryAction;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'null for the row that created the task' }) fromStatus: string | null;
  @ApiProperty() toStatus: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'References, enumerated reasons and instants (never free text about the child)' })
  details: Record<string, unknown>;
}
