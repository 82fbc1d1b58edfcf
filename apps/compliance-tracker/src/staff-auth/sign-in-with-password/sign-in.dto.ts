import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class SignInDto {
  @ApiProperty({ example: 'cmo' })
  @IsString() @IsNotEmpty() @MaxLength(100)
  username: string;

  @ApiProperty({ example: 'homeward-dev-password', format: 'password' })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password: string;
}
