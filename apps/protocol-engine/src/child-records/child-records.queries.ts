import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

const commaList = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value);

export class ChildrenQuery {
  @ApiProperty({ type: String, example: '5b6f…,0c1d…', description: 'Up to 100 child ids, comma separated' })
  @Transform(commaList)
  @ArrayNotEmpty({ message: 'ids must name at least one child' })
  @ArrayMaxSize(100, { message: 'ids may name at most 100 children' })
  @IsUUID('all', { each: true, message: 'each of ids must be a child id (a UUID)' })
  ids: string[];

  @ApiPropertyOptional({ enum: ['LIST', 'TASK'], default: 'LIST', description: 'Why they are read, for the record of views' })
  @IsOptional() @IsIn(['LIST', 'TASK'])
  purpose?: 'LIST' | 'TASK';
}

export class ChildSearchQuery {
  @ApiProperty({ example: "O'Neil Amy", description: 'A police reference or LA id (exact), a date of birth (YYYY-MM-DD or DD/MM/YYYY), or names (each word a prefix)' })
  @IsString() @MinLength(2) @MaxLength(100)
  q: string;
}

export class ChildRecordQuery {
  @ApiPropertyOptional({ enum: ['RECORD', 'TASK'], default: 'RECORD', description: 'The child page, or a task page showing the child' })
  @IsOptional() @IsIn(['RECORD', 'TASK'])
  purpose?: 'RECORD' | 'TASK';
}
