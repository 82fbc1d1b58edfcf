import { StaffRole, StaffRoles } from '@homeward/platform';
import { ApiProperty } from '@nestjs/swagger';

export class StaffTokenOfficerView {
  @ApiProperty({ example: 'jo.bloggs', description: "The token's subject: the staff id other services record" }) username: string;
  @ApiProperty({ enum: StaffRoles }) role: StaffRole;
  @ApiProperty({ example: 'Jo Bloggs', description: "The person's name for pages (the username when none was given)" }) displayName: string;
}

/** A staff token and what it says about its bearer. */
export class StaffTokenView {
  @ApiProperty({
    description: `A JWT (HS256; sub = username, role, iss = homeward-compliance-tracker, aud = homeward-staff), for \`Authorization: Bearer <token>\` at every Homeward service`,
  })
  token: string;

  @ApiProperty({ format: 'date-time', description: 'After this the token is refused: refresh it before then (POST /v1/staff/token) or sign in again' }) expiresAt: string;
  @ApiProperty({ type: StaffTokenOfficerView }) officer: StaffTokenOfficerView;
}
