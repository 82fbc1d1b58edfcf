import { StaffRole, StaffRoles } from '@homeward/platform';
import { ApiProperty } from '@nestjs/swagger';

/** One member of staff in the directory, as pages list them (cover pickers, who is away). */
export class OfficerView {
  @ApiProperty({ example: 'jo.bloggs' }) username: string;
  @ApiProperty({ example: 'Jo Bloggs' }) displayName: string;
  @ApiProperty({ enum: StaffRoles }) role: StaffRole;
  @ApiProperty({ description: 'Disabled officers can no longer sign in or be given work' }) disabled: boolean;
  @ApiProperty({ description: 'On leave now: a leave period that has started and not ended, not cancelled' }) onLeaveNow: boolean;
}
