import { Roles, StaffEndpoint } from '@homeward/platform';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ChildErasureView } from './child-erasure.view';
import { ListChildErasures } from './list-child-erasures';

class ChildErasuresQuery {
  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 500, description: 'The newest this many erasures' })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'limit must be a whole number' }) @Min(1, { message: 'limit must be 1-500' }) @Max(500, { message: 'limit must be 1-500' })
  limit?: number;
}

/** The erasures carried out with `npm run erase-child` (UK GDPR accountability: the DPO asks "was it done, when, by whom?"). */
@ApiTags('child-erasures')
@StaffEndpoint()
@Controller('v1/child-erasures')
export class ChildErasuresController {
  constructor(private readonly listErasures: ListChildErasures) {}

  @Get()
  @Roles('MANAGER')
  @ApiOkResponse({
    type: [ChildErasureView],
    description: "Erasures of a child's personal data, newest first: the child's id, records merged into it, when, by whom, the DPO's reference and the rows touched (MANAGER only; no personal data)",
  })
  @ApiBadRequestResponse({ description: 'problems: limit not a whole number from 1 to 500' })
  list(@Query() query: ChildErasuresQuery): Promise<ChildErasureView[]> {
    return this.listErasures.execute({ limit: query.limit ?? 100 });
  }
}
