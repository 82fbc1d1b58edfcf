import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Decision } from './decision.entity';
import { DecisionView } from './decision.view';
import { ListDecisions } from './list-decisions';

class DecisionsQuery {
  @ApiProperty({ example: 'NT/26/004512' })
  @IsString() @IsNotEmpty() @MaxLength(64)
  policeReference: string;

  @ApiPropertyOptional({ example: 'NOTTS', description: 'Narrows to one force: references are unique per force' })
  @IsOptional() @IsString() @MaxLength(64)
  force?: string;
}

@ApiTags('decisions')
@Controller('v1/decisions')
export class DecisionsController {
  constructor(private readonly listDecisions: ListDecisions) {}

  @Get()
  @ApiOkResponse({ type: [DecisionView], description: 'Decisions for the episode in the order they were made (append-only): rules fired, actions required, protocol version' })
  list(@Query() query: DecisionsQuery): Promise<Decision[]> {
    return this.listDecisions.execute(query);
  }
}
