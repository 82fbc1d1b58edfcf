import { TaskPriorities } from '@homeward/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsUUID } from 'class-validator';
import { TaskStatuses } from '../tasks/task.entity';
import { RhiStates } from './episode-work';

const commaList = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((s) => s.trim()).filter(Boolean);

export const MAX_EPISODES = 100;

export class EpisodeWorkQuery {
  @ApiProperty({ type: String, example: '5b6f…,0c1d…', description: `Up to ${MAX_EPISODES} episode ids (protocol-engine's), comma separated` })
  @Transform(commaList)
  @ArrayNotEmpty({ message: 'episodeIds must name at least one episode' })
  @ArrayMaxSize(MAX_EPISODES, { message: `episodeIds may name at most ${MAX_EPISODES} episodes` })
  @IsUUID('all', { each: true, message: 'each of episodeIds must be an episode id (a UUID)' })
  episodeIds: string[];
}

export class ReturnInterviewView {
  @ApiProperty({ format: 'uuid' }) taskId: string;
  @ApiProperty({ enum: RhiStates, description: 'TO_OFFER: not offered yet; OFFERED, ACCEPTED: under way; HELD, DECLINED, NOT_OFFERED: done; SUPERSEDED by a later episode\'s RHI; CANCELLED' }) state: string;
  @ApiProperty({ enum: TaskPriorities }) priority: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ example: '2026-11-28T20:00:00+00:00' }) dueAtLondon: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) offeredAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) heldAt: string | null;
  @ApiProperty({ description: 'Open and past its deadline now' }) overdue: boolean;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Offered by the deadline (the Board\'s rule); null while it still may be, or when superseded or cancelled' }) offeredOnTime: boolean | null;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Held by the deadline; null when not held' }) heldOnTime: boolean | null;
  @ApiProperty({ nullable: true, type: String, description: 'Null: this authority; else the placing authority, responsible for the interview' }) responsibleAuthority: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Arranged in another area: the force our child was reported missing by' }) hostForce: string | null;
  @ApiProperty({ nullable: true, type: String }) assignee: string | null;
}

export class OpenActionView {
  @ApiProperty({ format: 'uuid' }) taskId: string;
  @ApiProperty({ example: 'MULTI_AGENCY_MEETING' }) type: string;
  @ApiProperty({ enum: TaskStatuses }) status: string;
  @ApiProperty({ enum: TaskPriorities }) priority: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty() dueAtLondon: string;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ nullable: true, type: String }) assignee: string | null;
  @ApiProperty({ nullable: true, type: String }) responsibleAuthority: string | null;
}

export class EpisodeWorkView {
  @ApiProperty({ format: 'uuid' }) episodeId: string;
  @ApiProperty({ type: ReturnInterviewView, nullable: true, description: 'The latest RHI asked for the episode; null when none was' }) returnInterview: ReturnInterviewView | null;
  @ApiProperty({ type: [OpenActionView], description: 'Its other work still open, soonest due first' }) openActions: OpenActionView[];
}
