import { IsInstant, Roles, STAFF_TOKEN_SCHEME } from '@homeward/platform';
import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiProperty, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { IsDefined } from 'class-validator';
import { AdminKeyGuard } from '../protocol-versions/admin-key.guard';
import { RunWhatIf, RunWhatIfCommand, type WhatIfAnswer } from './run-what-if';

class WhatIfBody {
  @ApiProperty({
    description: 'The draft to try: a whole profile (as for POST /v1/protocol/versions), or the id of a stored version',
    oneOf: [{ type: 'object' }, { type: 'string', format: 'uuid' }],
  })
  @IsDefined()
  profile: unknown;

  @ApiProperty({ example: '2026-01-01T00:00:00Z', description: 'Replay notifications that happened from this instant' })
  @IsInstant()
  from: string;

  @ApiProperty({ example: '2026-03-31T23:59:59Z', description: '... up to this one (at most 366 days later)' })
  @IsInstant()
  to: string;
}

@ApiTags('protocol versions')
@ApiBearerAuth()
@ApiBearerAuth(STAFF_TOKEN_SCHEME)
@ApiForbiddenResponse({ description: 'A staff token whose role is not PROTOCOL_ADMIN' })
@Roles('PROTOCOL_ADMIN')
@UseGuards(AdminKeyGuard)
@Controller('v1/protocol/what-if')
export class WhatIfController {
  constructor(private readonly runWhatIf: RunWhatIf) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({
    description:
      'For each notification or fired timer in the range whose decision would differ: tasks added, removed and changed (priority, deadline, anchor), rules newly firing or no longer firing; and a summary by rule. Nothing is stored or published.',
  })
  @ApiBadRequestResponse({ description: 'Bad range, or the draft profile has problems (each names its rule)' })
  @ApiUnauthorizedResponse({ description: 'No or unknown admin key, and no valid staff token' })
  run(@Body() body: WhatIfBody): Promise<WhatIfAnswer> {
    return this.runWhatIf.execute(RunWhatIfCommand.create(body));
  }
}
