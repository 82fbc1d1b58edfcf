import { Body, Controller, Get, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AuthenticatedOfficer, CurrentOfficer, Roles, StaffAuthGuard } from '../staff-auth/authenticate-officer';
import { LeaveView } from './leave.view';
import { LeavePage, ListLeave, ListLeaveQuery } from './list-leave';
import { RecordLeave, RecordLeaveCommand, RecordLeaveDto } from './record-leave';

@ApiTags('leave')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No or unknown officer key' })
@ApiForbiddenResponse({ description: 'Only managers record and read leave' })
@UseGuards(StaffAuthGuard)
@Roles('MANAGER')
@Controller('v1/leave')
export class OfficerLeaveController {
  constructor(
    private readonly recordLeave: RecordLeave,
    private readonly listLeave: ListLeave,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: LeaveView, description: "Recorded; the officer's open tasks go to the cover (or the team queue) at its start" })
  @ApiBadRequestResponse({ description: 'A field is missing or wrong (unknown officer, end before start...); the problems name it' })
  @ApiConflictResponse({ description: 'The officer already has leave overlapping that period' })
  record(@Body() body: RecordLeaveDto, @CurrentOfficer() manager: AuthenticatedOfficer): Promise<LeaveView> {
    return this.recordLeave.execute(RecordLeaveCommand.create({ leave: body, recordedBy: manager }));
  }

  @Get()
  @ApiOkResponse({ type: LeavePage })
  list(@Query() query: ListLeaveQuery): Promise<LeavePage> {
    return this.listLeave.execute(query);
  }
}
