import { StaffRole, StaffRoles } from '@homeward/platform';
import { ApiProperty } from '@nestjs/swagger';

export class StaffTokenOfficerView {
  @ApiProperty({ example: 'jo.bloggs', description: "The token's subject: the staff id other services record" }) username: string;
  @ApiProperty({ enum: StaffRoles }) role: StaffRole;
}

/** A staff token and what it says about its bearer. */
export class StaffTokenView {
  @ApiProperty({
    description: `A JWT (HS256; sub = username, role, iss = homeward-compliance-tracker, aud = homeward-staff), for \`Authorization: Bearer <token>\` at other services (alerting)`,
  })
  token: string;

  @ApiProperty({ format: 'date-time', description: 'After this the token is refused: ask for a new one with the officer key' }) expiresAt: string;
  @ApiProperty({ type: StaffTokenOfficerView }) officer: StaffTokenOfficerView;
}
