import { CurrentStaff, Roles, StaffEndpoint, type StaffIdentity, uuidId } from '@homeward/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RecordEnquiryDto, RecordOutcomeDto } from './case-dtos';
import { CmeCasesQuery } from './cme-cases.query';
import { CmeCaseSummaryView, CmeCaseView } from './cme-case.views';
import { GetCmeCase } from './get-cme-case';
import { ListCmeCases } from './list-cme-cases';
import { RecordEnquiry } from './record-enquiry';
import { RecordOutcome } from './record-outcome';

/** CME cases for staff (any role): every answer carries a child's personal data, so every read is recorded. */
@ApiTags('cme-cases')
@StaffEndpoint()
@Controller('v1/cme-cases')
export class CmeCasesController {
  constructor(
    private readonly listCases: ListCmeCases,
    private readonly getCase: GetCmeCase,
    private readonly recordEnquiry: RecordEnquiry,
    private readonly recordOutcome: RecordOutcome,
  ) {}

  @Get()
  @ApiOkResponse({ type: [CmeCaseSummaryView], description: 'Cases by status (default OPEN) or outcome (WHEREABOUTS_UNKNOWN: the lost pupils, with their CTF upload dates in the case), longest missing first' })
  list(@Query() query: CmeCasesQuery, @CurrentStaff() staff: StaffIdentity): Promise<CmeCaseSummaryView[]> {
        // A child's own cases are wanted whatever their state; a list of cases defaults to the open ones.
    const status = query.status ?? (query.outcome ? 'CLOSED' : query.childKey ? undefined : 'OPEN');
    return this.listCases.execute({ staff, status, outcome: query.outcome, childKey: query.childKey, limit: query.limit ?? 100 });
  }

  @Get(':id')
  @ApiOkResponse({ type: CmeCaseView })
  @ApiNotFoundResponse({ description: 'No such case' })
  one(@Param('id', uuidId()) id: string, @CurrentStaff() staff: StaffIdentity): Promise<CmeCaseView> {
    return this.getCase.execute({ staff, caseId: id });
  }

  @Post(':id/enquiries')
  @Roles('CMO', 'MANAGER')
  @ApiCreatedResponse({ description: 'Recorded: `{ id }`' })
  @ApiBadRequestResponse({ description: 'problems: an unknown enquiry or result, a date that is not one or is in the future' })
  @ApiNotFoundResponse({ description: 'No such case' })
  @ApiConflictResponse({ description: 'The case is closed' })
  enquiry(@Param('id', uuidId()) id: string, @Body() body: RecordEnquiryDto, @CurrentStaff() staff: StaffIdentity): Promise<{ id: string }> {
    return this.recordEnquiry.execute({ staff, caseId: id, enquiry: body });
  }

  @Post(':id/outcome')
  @HttpCode(200)
  @Roles('CMO', 'MANAGER')
  @ApiOkResponse({ description: 'The case is closed with its outcome: `{ reference, schoolDaysMissing }`; its tasks in the queue close with it' })
  @ApiBadRequestResponse({ description: 'problems: what the outcome needs and is missing (WHEREABOUTS_UNKNOWN: every reasonable enquiry first)' })
  @ApiNotFoundResponse({ description: 'No such case' })
  @ApiConflictResponse({ description: 'The case is already closed' })
  outcome(@Param('id', uuidId()) id: string, @Body() body: RecordOutcomeDto, @CurrentStaff() staff: StaffIdentity): Promise<{ reference: string; schoolDaysMissing: number | null }> {
    return this.recordOutcome.execute({ staff, caseId: id, outcome: body });
  }
}
