import { CurrentStaff, StaffEndpoint, type StaffIdentity, uuidId } from '@homeward/platform';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { DecisionDetailView } from './decision-in-words';
import { Decision } from './decision.entity';
import { DecisionView } from './decision.view';
import { GetDecision } from './get-decision';
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
@StaffEndpoint()
@Controller('v1/decisions')
export class DecisionsController {
  constructor(
    private readonly listDecisions: ListDecisions,
    private readonly getDecision: GetDecision,
  ) {}

  @Get()
  @ApiOkResponse({
    type: [DecisionView],
    description: "Decisions for the episode in the order they were made (append-only): rules fired, actions required, protocol version (any staff role; recorded as a view of each child's record)",
  })
  list(@Query() query: DecisionsQuery, @CurrentStaff() staff: StaffIdentity): Promise<Decision[]> {
    return this.listDecisions.execute({ ...query, staff });
  }

  @Get(':id')
  @ApiOkResponse({
    type: DecisionDetailView,
    description: "One decision: what caused it, the rules that fired in words, the protocol version, the actions with their deadlines (any staff role; recorded as a view of the child's record)",
  })
  @ApiNotFoundResponse({ description: 'No such decision' })
  get(@Param('id', uuidId()) id: string, @CurrentStaff() staff: StaffIdentity): Promise<DecisionDetailView> {
    return this.getDecision.execute({ staff, decisionId: id });
  }
}
