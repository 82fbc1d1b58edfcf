import { CurrentStaff, StaffEndpoint, type StaffIdentity, uuidId } from '@homeward/platform';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CmeCasesQuery } from './cme-cases.query';
import { CmeCaseSummaryView, CmeCaseView } from './cme-case.views';
import { GetCmeCase } from './get-cme-case';
import { ListCmeCases } from './list-cme-cases';

/** CME cases for staff (any role): every answer carries a child's personal data, so every read is recorded. */
@ApiTags('cme-cases')
@StaffEndpoint()
@Controller('v1/cme-cases')
export class CmeCasesController {
  constructor(
    private readonly listCases: ListCmeCases,
    private readonly getCase: GetCmeCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: [CmeCaseSummaryView], description: 'Cases by status (default OPEN), longest missing first' })
  list(@Query() query: CmeCasesQuery, @CurrentStaff() staff: StaffIdentity): Promise<CmeCaseSummaryView[]> {
    return this.listCases.execute({ staff, status: query.status ?? 'OPEN', limit: query.limit ?? 100 });
  }

  @Get(':id')
  @ApiOkResponse({ type: CmeCaseView })
  @ApiNotFoundResponse({ description: 'No such case' })
  one(@Param('id', uuidId()) id: string, @CurrentStaff() staff: StaffIdentity): Promise<CmeCaseView> {
    return this.getCase.execute({ staff, caseId: id });
  }
}
