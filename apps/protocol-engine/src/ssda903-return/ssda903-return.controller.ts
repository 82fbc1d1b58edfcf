import { CurrentStaff, Roles, StaffEndpoint, type StaffIdentity } from '@homeward/platform';
import { Body, Controller, Get, Param, Put, Query, Res, UnprocessableEntityException } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { GetMissingReturn, missingReturnYear } from './get-missing-return';
import { missingCsv } from './missing-csv';
import { SetAbsenceKind, SetAbsenceKindCommand } from './set-absence-kind';
import { AbsenceKindBody, AbsenceKindView, MissingReturnQuery, MissingReturnView } from './ssda903-return.views';

/** The DfE's SSDA903 Missing table of our looked-after children, its checks, and staff's M/A per episode. */
@ApiTags('reports')
@StaffEndpoint()
@Controller('v1')
export class Ssda903ReturnController {
  constructor(
    private readonly getMissingReturn: GetMissingReturn,
    private readonly setAbsenceKind: SetAbsenceKind,
  ) {}

  // Before the JSON route, so ".csv" is not read as part of it.
  @Get('reports/ssda903-missing.csv')
  @Roles('CMO', 'MANAGER', 'READ_ONLY')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The DfE file: CHILD,DOB,MISSING,MIS_START,MIS_END, dates dd/mm/yyyy, CRLF lines; only when no check fails (CMO, MANAGER or READ_ONLY; each child read is recorded)' })
  @ApiBadRequestResponse({ description: 'problems: year is not a collection year' })
  @ApiUnprocessableEntityResponse({ description: 'The table fails checks: { message, failures: [{ code, message, episodeId, policeReference, childId, fields }] }' })
  async csv(@Query() query: MissingReturnQuery, @CurrentStaff() staff: StaffIdentity, @Res({ passthrough: true }) res: Response): Promise<string> {
    const table = await this.getMissingReturn.execute({ staff, year: missingReturnYear(query.year) });
    if (!table.valid) {
      throw new UnprocessableEntityException({ statusCode: 422, error: 'Unprocessable Entity', message: `the Missing table fails ${table.failures.length} check(s): fix the episodes named`, failures: table.failures });
    }
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="ssda903-missing-${table.year}-${String(table.year + 1).slice(2)}.csv"`);
    return missingCsv(table.rows.map((r) => r.row));
  }

  @Get('reports/ssda903-missing')
  @Roles('CMO', 'MANAGER', 'READ_ONLY')
  @ApiOkResponse({ type: MissingReturnView, description: "The collection year's Missing table: rows (with which M/A are defaulted), summary and every failure with its episode (CMO, MANAGER or READ_ONLY; each child read is recorded)" })
  @ApiBadRequestResponse({ description: 'problems: year is not a collection year' })
  json(@Query() query: MissingReturnQuery, @CurrentStaff() staff: StaffIdentity): Promise<MissingReturnView> {
    return this.getMissingReturn.execute({ staff, year: missingReturnYear(query.year) });
  }

  @Put('episodes/:id/ssda903-absence-kind')
  @Roles('CMO', 'MANAGER')
  @ApiOkResponse({ type: AbsenceKindView, description: 'Sets the episode M (missing) or A (away from placement without authorisation) for the 903 return, replacing the default (CMO or MANAGER; each change kept)' })
  @ApiBadRequestResponse({ description: 'problems: id not a UUID; kind not M or A' })
  @ApiNotFoundResponse({ description: 'No such episode' })
  setKind(@Param('id') id: string, @Body() body: AbsenceKindBody, @CurrentStaff() staff: StaffIdentity): Promise<AbsenceKindView> {
    return this.setAbsenceKind.execute(SetAbsenceKindCommand.create({ episodeId: id, kind: body.kind, actor: staff }));
  }
}
