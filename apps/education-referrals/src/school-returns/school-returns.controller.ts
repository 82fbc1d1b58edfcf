import { Clock } from '@homeward/contracts';
import { Correlation } from '@homeward/platform';
import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { londonDateOf } from '../cme-cases/cme-task-deadlines';
import { SchoolAuthGuard, type SchoolRequest } from '../schools/authenticate-school';
import { ReceiveSchoolReturn, ReceiveSchoolReturnCommand, type SchoolReturnBody } from './receive-school-return';
import { AbsenceNoticeDto, AdmissionReturnDto, DeletionReturnDto, SchoolReturnAcceptedDto, SicknessNoticeDto } from './school-return.dtos';

const ANSWERS = [
  ApiResponse({ status: 202, type: SchoolReturnAcceptedDto, description: 'Accepted: stored, and any CME case opened, joined or closed' }),
  ApiResponse({ status: 200, type: SchoolReturnAcceptedDto, description: 'A repeat of an accepted returnId from this school' }),
  ApiResponse({ status: 400, description: 'Invalid: `problems` names each field and the reason; nothing stored' }),
  ApiResponse({ status: 401, description: "No valid school key" }),
  ApiResponse({ status: 409, description: 'returnId already used by this school for a different return' }),
  ApiResponse({ status: 503, description: 'Storage unavailable: nothing was accepted; retry after Retry-After' }),
];
const documented = (summary: string, description: string): MethodDecorator => (target, key, descriptor) => {
  for (const d of [ApiOperation({ summary, description }), ...ANSWERS]) d(target, key, descriptor);
};

/** The four returns a school sends the LA, each under the school's own key. */
@ApiTags('school-returns')
@ApiBearerAuth()
@UseGuards(SchoolAuthGuard)
@Controller('v1/school-returns')
export class SchoolReturnsController {
  constructor(
    private readonly receive: ReceiveSchoolReturn,
    private readonly clock: Clock,
  ) {}

  @Post('deletions')
  @HttpCode(202)
  @documented('A deletion return', 'Sent as soon as a ground for deleting the pupil is met, and no later than the deletion. An unknown destination opens a CME case.')
  deletion(@Req() req: SchoolRequest, @Body() body: DeletionReturnDto, @Res({ passthrough: true }) res: Response) {
    return this.accept(req, { kind: 'DELETION', body }, res);
  }

  @Post('admissions')
  @HttpCode(202)
  @documented('A new-pupil return', "Within 5 school days of a mid-year admission. Closes the child's open CME case: found on roll.")
  admission(@Req() req: SchoolRequest, @Body() body: AdmissionReturnDto, @Res({ passthrough: true }) res: Response) {
    return this.accept(req, { kind: 'ADMISSION', body }, res);
  }

  @Post('absences')
  @HttpCode(202)
  @documented('An absence notice', "10 or more continuous school days of unauthorised absence: opens (or joins) a CME case, enquiries due by the 20-day point.")
  absence(@Req() req: SchoolRequest, @Body() body: AbsenceNoticeDto, @Res({ passthrough: true }) res: Response) {
    return this.accept(req, { kind: 'ABSENCE', body }, res);
  }

  @Post('sickness')
  @HttpCode(202)
  @documented('A sickness notice', "15 school days missed through illness: a task to consider the LA's s19 duty (alternative provision).")
  sickness(@Req() req: SchoolRequest, @Body() body: SicknessNoticeDto, @Res({ passthrough: true }) res: Response) {
    return this.accept(req, { kind: 'SICKNESS', body }, res);
  }

  private async accept(req: SchoolRequest, schoolReturn: SchoolReturnBody, res: Response): Promise<SchoolReturnAcceptedDto> {
    const now = this.clock.now();
    const command = ReceiveSchoolReturnCommand.create({ urn: req.school.urn, schoolReturn, correlationId: Correlation.currentOrNew(), now, today: londonDateOf(now) });
    const result = await this.receive.execute(command);
    if (!result.created) res.status(200);
    return { id: result.id, status: 'accepted', late: result.late, ...(result.caseReference ? { caseReference: result.caseReference } : {}), ...(result.deletion ? { deletion: result.deletion } : {}) };
  }
}
