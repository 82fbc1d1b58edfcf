import { validationFailed } from '@homeward/platform';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuthenticatedOfficer, CurrentOfficer, Roles, StaffAuthGuard } from '../staff-auth/authenticate-officer';
import { CancelLeave, CancelLeaveCommand } from './cancel-leave';
import { ChangeLeave, ChangeLeaveCommand, ChangeLeaveDto } from './change-leave';
import { GetLeave, GetLeaveCommand, LeaveDetailView } from './get-leave';
import { LeaveView } from './leave.view';
import { LeavePage, ListLeave, ListLeaveCommand, ListLeaveQuery } from './list-leave';
import { RecordLeave, RecordLeaveCommand, RecordLeaveDto } from './record-leave';

const leaveId = new ParseUUIDPipe({ exceptionFactory: () => validationFailed([{ field: 'id', reason: 'id must be a UUID' }]) });

@ApiTags('leave')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No or unknown officer key or staff token' })
@ApiForbiddenResponse({ description: "Managers handle anyone's leave, a CMO only their own; other roles none" })
@UseGuards(StaffAuthGuard)
@Roles('MANAGER', 'CMO')
@Controller('v1/leave')
export class OfficerLeaveController {
  constructor(
    private readonly recordLeave: RecordLeave,
    private readonly listLeave: ListLeave,
    private readonly getLeave: GetLeave,
    private readonly changeLeave: ChangeLeave,
    private readonly cancelLeave: CancelLeave,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Record leave and its cover' })
  @ApiCreatedResponse({ type: LeaveView, description: "Recorded; the officer's open tasks go to the cover (or the team queue) at its start" })
  @ApiBadRequestResponse({ description: 'A field is missing or wrong (unknown officer, end before start...); the problems name it' })
  @ApiConflictResponse({ description: 'The officer already has leave overlapping that period' })
  record(@Body() body: RecordLeaveDto, @CurrentOfficer() actor: AuthenticatedOfficer): Promise<LeaveView> {
    return this.recordLeave.execute(RecordLeaveCommand.create({ leave: body, recordedBy: actor }));
  }

  @Get()
  @ApiOperation({ summary: "Recorded leave, latest start first (a CMO's list holds only their own)" })
  @ApiOkResponse({ type: LeavePage })
  list(@Query() query: ListLeaveQuery, @CurrentOfficer() viewer: AuthenticatedOfficer): Promise<LeavePage> {
    return this.listLeave.execute(ListLeaveCommand.create({ query, viewer }));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One leave, with the tasks it moved and who recorded, changed or cancelled it' })
  @ApiOkResponse({ type: LeaveDetailView })
  @ApiNotFoundResponse()
  detail(@Param('id', leaveId) id: string, @CurrentOfficer() viewer: AuthenticatedOfficer): Promise<LeaveDetailView> {
    return this.getLeave.execute(GetLeaveCommand.create({ leaveId: id, viewer }));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Move the dates (the start only before it) or change the cover, before or during the leave' })
  @ApiOkResponse({ type: LeaveView })
  @ApiBadRequestResponse({ description: 'Nothing to change, a start moved after it passed, an end before the start or in the past, an unknown cover' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The leave is cancelled or has ended, or the new dates overlap other leave' })
  change(@Param('id', leaveId) id: string, @Body() body: ChangeLeaveDto, @CurrentOfficer() actor: AuthenticatedOfficer): Promise<LeaveView> {
    return this.changeLeave.execute(ChangeLeaveCommand.create({ leaveId: id, change: body, actor }));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel the leave: before its start nothing moves; during it, it ends now. It is kept, shown as cancelled' })
  @ApiOkResponse({ type: LeaveView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The leave is already cancelled or has ended' })
  cancel(@Param('id', leaveId) id: string, @CurrentOfficer() actor: AuthenticatedOfficer): Promise<LeaveView> {
    return this.cancelLeave.execute(CancelLeaveCommand.create({ leaveId: id, actor }));
  }
}
