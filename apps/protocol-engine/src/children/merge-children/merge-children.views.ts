import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';

export class MergeChildrenDto {
  @ApiProperty({ format: 'uuid', description: 'The other record of the same child, merged into the one in the path (which survives)' })
  @IsString()
  mergeChildId: string;
}

export class ChildMergedView {
  @ApiProperty({ format: 'uuid' }) mergeId: string;
  @ApiProperty({ format: 'uuid', description: 'The record kept: the merged id resolves to it from now on' }) survivorChildId: string;
  @ApiProperty({ format: 'uuid' }) mergedChildId: string;
  @ApiProperty({ format: 'date-time' }) mergedAt: Date;
  @ApiProperty({ example: 'manager.one' }) mergedBy: string;
  @ApiProperty({ example: 2, description: "The merged record's episodes now on the survivor (counted in its repeat count)" }) episodesMoved: number;
}

export class ChildChangeView {
  @ApiProperty({ format: 'date-time' }) at: Date;
  @ApiProperty({ example: 'police:NOTTS', description: '`staff:<id>`, or the force whose CORRECTED notification made the change (`police:<force>`)' }) actor: string;
  @ApiProperty({ enum: ['DETAILS_CORRECTED', 'MERGED', 'MERGED_INTO'] }) action: string;
  @ApiProperty({ type: Object, description: 'DETAILS_CORRECTED: changed fields and their previous values (and rematchedTo when the correction led to a merge); MERGED: mergedChildId, episodesMoved; MERGED_INTO: survivorChildId' })
  detail: Record<string, unknown>;
}
