import { StaffEndpoint, validationFailed } from '@homeward/platform';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CmeFiguresQuery } from './cme-figures.query';
import { CmeFiguresView } from './cme-figures.views';
import { GetCmeFigures } from './get-cme-figures';

/** Counts for managers, the board and the DfE census (any staff role: no child can be told from them). */
@ApiTags('cme-figures')
@StaffEndpoint()
@Controller('v1/cme-figures')
export class CmeFiguresController {
  constructor(private readonly figures: GetCmeFigures) {}

  @Get()
  @ApiOkResponse({ type: CmeFiguresView })
  @ApiBadRequestResponse({ description: 'problems: from or to not a date, to before from, or a year the term dates do not cover' })
  get(@Query() query: CmeFiguresQuery): Promise<CmeFiguresView> {
    if (query.to < query.from) throw validationFailed([{ field: 'to', reason: 'to is before from' }]);
    return this.figures.execute(query);
  }
}
