import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Decision } from './decision.entity';
import { ListDecisions } from './list-decisions';

class DecisionsQuery {
  @ApiProperty({ example: 'NT/26/004512' })
  @IsString() @IsNotEmpty() @MaxLength(64)
  policeReference: string;
}

@ApiTags('decisions')
@Controller('v1/decisions')
export class DecisionsController {
  constructor(private readonly listDecisions: ListDecisions) {}

  @Get()
  @ApiOkResponse({ description: 'Decisions for the episode, oldest first: rules fired, actions required, protocol version' })
  list(@Query() query: DecisionsQuery): Promise<Decision[]> {
    return this.listDecisions.execute(query);
  }
}
