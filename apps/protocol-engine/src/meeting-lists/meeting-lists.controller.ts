import { CurrentStaff, Roles, StaffEndpoint, type StaffIdentity } from '@homeward/platform';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { ListMeetingList } from './list-meeting-list';
import { meetingListOf } from './meeting-list-path';
import { LIST_PATH_DOC, MeetingListView, RemovedFromListView, RemoveFromListBody } from './meeting-list.view';
import { RemoveFromList, RemoveFromListCommand } from './remove-from-list';

/** The lists the monthly multi-agency meeting and the daily CSE meeting work from. */
@ApiTags('meeting lists')
@StaffEndpoint()
@Controller('v1/meeting-lists')
export class MeetingListsController {
  constructor(
    private readonly listMeetingList: ListMeetingList,
    private readonly removeFromList: RemoveFromList,
  ) {}

  @Get(':list')
  @Roles('CMO', 'MANAGER', 'READ_ONLY')
  @ApiParam(LIST_PATH_DOC)
  @ApiOkResponse({ type: MeetingListView, description: 'The children on the list now, with since, why and until (CMO, MANAGER or READ_ONLY; each child read is recorded)' })
  @ApiBadRequestResponse({ description: 'problems: list is not monthly-meeting or cse-meeting' })
  list(@Param('list') list: string, @CurrentStaff() staff: StaffIdentity): Promise<MeetingListView> {
    return this.listMeetingList.execute({ staff, list: meetingListOf(list) });
  }

  @Post(':list/removals')
  @HttpCode(200)
  @Roles('MANAGER')
  @ApiParam(LIST_PATH_DOC)
  @ApiOkResponse({ type: RemovedFromListView, description: 'The child is off the list now; the change is published (MANAGER only)' })
  @ApiBadRequestResponse({ description: 'problems: list, childId, reason, or note (required for OTHER, at most 1000 characters)' })
  @ApiNotFoundResponse({ description: 'The child is not on the list' })
  remove(@Param('list') list: string, @Body() body: RemoveFromListBody, @CurrentStaff() staff: StaffIdentity): Promise<RemovedFromListView> {
    return this.removeFromList.execute(RemoveFromListCommand.create({ list: meetingListOf(list), ...body, actor: staff }));
  }
}
