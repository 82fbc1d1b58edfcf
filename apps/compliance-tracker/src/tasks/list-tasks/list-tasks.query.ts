import { CmeTaskType, CmeTaskTypes, TaskPriorities, TaskPriority, TaskSubjectKind, TaskType, TaskTypes } from '@homeward/contracts';

const AllTaskTypes = [...TaskTypes, ...CmeTaskTypes];
export const TaskSubjectKinds: readonly TaskSubjectKind[] = ['MISSING_EPISODE', 'CME_CASE'];
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayNotEmpty, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { TaskStatus, TaskStatuses } from '../task.entity';
import { TaskSort, TaskSorts } from './task-filters';

/** `a,b` or `?x=a&x=b`: one list either way. */
const commaList = Transform(({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((s) => s.trim()).filter(Boolean),
);
/** Only the words true and false; anything else stays as given and fails IsBoolean, naming the field. */
const booleanWord = Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));

export class ListTasksQuery {
  @ApiPropertyOptional({ description: `One status or a comma list of: ${TaskStatuses.join(', ')}`, example: 'OPEN,CLAIMED' })
  @IsOptional() @commaList @ArrayNotEmpty() @IsIn(TaskStatuses, { each: true, message: `status must be one or more of ${TaskStatuses.join(', ')}` })
  status?: TaskStatus[];

  @ApiPropertyOptional({ enum: AllTaskTypes })
  @IsOptional() @IsIn(AllTaskTypes)
  type?: TaskType | CmeTaskType;

  @ApiPropertyOptional({ enum: TaskSubjectKinds, description: 'MISSING_EPISODE: work a protocol decision asked for; CME_CASE: work for a child missing education' })
  @IsOptional() @IsIn(TaskSubjectKinds)
  subject?: TaskSubjectKind;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(64)
  policeReference?: string;

  @ApiPropertyOptional({ description: 'A username, or `none` for work nobody holds' })
  @IsOptional() @IsString() @MaxLength(100)
  assignee?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  childId?: string;

  @ApiPropertyOptional({ enum: TaskPriorities })
  @IsOptional() @IsIn(TaskPriorities)
  priority?: TaskPriority;

  @ApiPropertyOptional({ type: Boolean, description: 'true: open work past its deadline now; false: everything else' })
  @IsOptional() @booleanWord @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'true: OPEN, CLAIMED, OFFERED or ACCEPTED; false: closed work' })
  @IsOptional() @booleanWord @IsBoolean({ message: 'open must be true or false' })
  open?: boolean;

  @ApiPropertyOptional({ enum: TaskSorts, default: 'dueAt', description: 'A leading - sorts descending; ties go by deadline, then id' })
  @IsOptional() @IsIn(TaskSorts)
  sort: TaskSort = 'dueAt';

  // Capped so the offset stays a number PostgreSQL takes (a huge page was a 500).
  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: 10_000 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10_000)
  page = 1;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  pageSize = 50;
}
