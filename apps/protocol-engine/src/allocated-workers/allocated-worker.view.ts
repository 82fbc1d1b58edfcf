import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';

export class AllocatedWorkerBody {
  @ApiProperty({ nullable: true, type: String, example: 'j.smith', description: "The allocated worker's staff id; null records that the child has none" })
  @Allow() // checked by the command, so the 400 names the field and the reason in one place
  staffId: string | null;
}

export class AllocatedWorkerView {
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty({ nullable: true, type: String }) staffId: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Who it was before this change' }) previousStaffId: string | null;
  @ApiProperty({ description: 'The staff id who recorded it' }) recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: Date;
}
