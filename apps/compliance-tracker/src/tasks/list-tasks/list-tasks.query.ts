import { TaskType, TaskTypes } from '@homeward/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { TaskStatus, TaskStatuses } from '../task.entity';

export class ListTasksQuery {
  @ApiPropertyOptional({ enum: TaskStatuses })
  @IsOptional() @IsIn(TaskStatuses)
  status?: TaskStatus;

  @ApiPropertyOptional({ enum: TaskTypes })
  @IsOptional() @IsIn(TaskTypes)
  type?: TaskType;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(64)
  policeReference?: string;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(100)
  assignee?: string;

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  page = 1;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  pageSize = 50;
}
