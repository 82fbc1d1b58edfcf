import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class OidcSignInDto {
  @ApiProperty({ description: "The ID token (a JWT) the council's OpenID provider issued to staff-web (OIDC_CLIENT_ID) at sign-in" })
  @IsString() @IsNotEmpty() @MaxLength(16_384)
  idToken: string;
}
