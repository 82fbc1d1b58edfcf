import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsEmail, IsIn, IsObject, IsOptional, IsString, IsUrl, Matches, MaxLength, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { AlertingKind, AlertingKinds, ChannelType, ChannelTypes } from '@homeward/routing';

export class RecipientDto {
  @ApiProperty({ enum: ['ROLE', 'PERSON'] })
  @IsIn(['ROLE', 'PERSON'])
  type: 'ROLE' | 'PERSON';

  @ApiProperty({ example: 'CHILDREN_MISSING_OFFICER', description: 'A role name, or a named person\'s staff id' })
  @IsString() @Matches(/^[A-Za-z0-9._@-]{1,100}$/, { message: 'id must be 1-100 letters, digits or . _ @ -' })
  id: string;
}

export class ChannelDto {
  @ApiProperty({ enum: ChannelTypes })
  @IsIn(ChannelTypes)
  type: ChannelType;

  @ApiPropertyOptional({ description: 'EMAIL: the address', example: 'cmo@council.example' })
  @ValidateIf((c: ChannelDto) => c.type === 'EMAIL' || c.address !== undefined)
  @IsEmail({}, { message: 'address must be an e-mail address' })
  address?: string;

  @ApiPropertyOptional({ description: 'WEBHOOK: where to POST: https, and a name that resolves only to public addresses (checked now and at each delivery; redirects are not followed)', example: 'https://partner.example/homeward' })
  @ValidateIf((c: ChannelDto) => c.type === 'WEBHOOK' || c.url !== undefined)
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true }, { message: 'url must be an http(s) URL' })
  url?: string;

  @ApiPropertyOptional({ description: 'WEBHOOK: the shared HMAC secret (never shown again)', minLength: 16 })
  @ValidateIf((c: ChannelDto) => c.type === 'WEBHOOK' || c.secret !== undefined)
  @IsString() @MinLength(16) @MaxLength(200)
  secret?: string;
}

export class CreateSubscriptionDto {
  @ApiProperty({ enum: AlertingKinds })
  @IsIn(AlertingKinds)
  kind: AlertingKind;

  @ApiProperty({ type: RecipientDto })
  @IsDefined() @IsObject() @ValidateNested() @Type(() => RecipientDto)
  recipient: RecipientDto;

  @ApiProperty({ type: [ChannelDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => ChannelDto)
  channels: ChannelDto[];

  @ApiPropertyOptional({ description: 'Only events about children this authority is responsible for', example: 'LA-XYZ' })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'responsibleAuthority must be an authority code' })
  responsibleAuthority?: string;

  @ApiPropertyOptional({ description: "Only events reported by this police force: a host area's contact (HOST_AUTHORITY_CONTACT) hears of our children missing there", example: 'DERBYSHIRE' })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9-]{2,40}$/, { message: 'force must be a force code' })
  force?: string;
}

export class ChannelView {
  @ApiProperty({ enum: ChannelTypes }) type: ChannelType;
  @ApiPropertyOptional() address?: string;
  @ApiPropertyOptional() url?: string;
}

export class SubscriptionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: AlertingKinds }) kind: AlertingKind;
  @ApiProperty({ type: RecipientDto }) recipient: RecipientDto;
  @ApiProperty({ type: [ChannelView], description: 'Webhook secrets are never shown' }) channels: ChannelView[];
  @ApiPropertyOptional({ nullable: true }) responsibleAuthority: string | null;
  @ApiPropertyOptional({ nullable: true }) force: string | null;
  @ApiProperty() createdAt: string;
}
