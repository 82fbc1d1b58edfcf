import { Controller, Get, Req, UnauthorizedException, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { SchoolAuthGuard, type SchoolRequest } from './authenticate-school';
import { ShowOwnSchool } from './show-own-school';

export class OwnSchoolDto {
  @ApiProperty({ example: '140123', description: "The school's URN" }) urn: string;
  @ApiProperty({ example: 'Riverside Academy' }) name: string;
}

/** A school asking about itself with its own key (staff-web's school sign-in checks a key with it). */
@ApiTags('schools')
@ApiBearerAuth()
@UseGuards(SchoolAuthGuard)
@Controller('v1/schools')
export class SchoolsController {
  constructor(private readonly showOwnSchool: ShowOwnSchool) {}

  @Get('me')
  @ApiOperation({ summary: 'The school this key belongs to', description: 'Answers the URN and name for a valid, unrevoked school key; 401 otherwise.' })
  @ApiOkResponse({ type: OwnSchoolDto })
  @ApiResponse({ status: 401, description: 'No valid school key' })
  async me(@Req() req: SchoolRequest): Promise<OwnSchoolDto> {
    const school = await this.showOwnSchool.execute({ urn: req.school.urn });
    // The key was valid a moment ago; a school gone since is treated as a key no longer valid.
    if (!school) throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: "a school's key is required: Authorization: Bearer <key>" });
    return school;
  }
}
