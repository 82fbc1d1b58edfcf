import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class ReassignTaskDto {
  @ApiProperty({ description: 'Username of the officer (CMO or manager) to give the task to', example: 'jo.bloggs' })
  @IsString() @Matches(/^[a-z0-9][a-z0-9._-]{1,63}$/, { message: 'officer must be a username' })
  officer: string;
}
