import { CurrentStaff, Roles, StaffEndpoint, type StaffIdentity, uuidId } from '@homeward/platform';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ListRecordViews, RecordViewView } from '../record-views/list-record-views';
import { ChildRecordView, ChildSummaryView } from './child-record.views';
import { ChildRecordQuery, ChildrenQuery, ChildSearchQuery } from './child-records.queries';
import { GetChildRecord } from './get-child-record';
import { ListChildren } from './list-children';
import { SearchChildren } from './search-children';

/** Children's personal data for staff: every answer that carries it records who viewed whom. */
@ApiTags('children')
@StaffEndpoint()
@Controller('v1/children')
export class ChildRecordsController {
  constructor(
    private readonly listChildren: ListChildren,
    private readonly searchChildren: SearchChildren,
    private readonly getChildRecord: GetChildRecord,
    private readonly listRecordViews: ListRecordViews,
  ) {}

  @Get()
  @ApiOkResponse({ type: [ChildSummaryView], description: 'The named children (in the order asked; unknown ids left out), for a page of tasks (any staff role)' })
  @ApiBadRequestResponse({ description: 'problems: ids missing, more than 100, or not UUIDs; purpose not LIST or TASK' })
  list(@Query() query: ChildrenQuery, @CurrentStaff() staff: StaffIdentity): Promise<ChildSummaryView[]> {
    return this.listChildren.execute({ staff, ids: query.ids, purpose: query.purpose ?? 'LIST' });
  }

  // Before ':id', so "search" is not read as an id.
  @Get('search')
  @ApiOkResponse({ type: [ChildSummaryView], description: 'Up to 50 children: exact police reference or LA id first, then date of birth, then name matches (any staff role)' })
  @ApiBadRequestResponse({ description: 'problems: q missing, shorter than 2 or longer than 100 characters' })
  search(@Query() query: ChildSearchQuery, @CurrentStaff() staff: StaffIdentity): Promise<ChildSummaryView[]> {
    return this.searchChildren.execute({ staff, q: query.q });
  }

  @Get(':id')
  @ApiOkResponse({ type: ChildRecordView, description: "The child's record: summary, repeat count in the protocol's window, episodes newest first with notifications (locations, found details) and decisions in words (any staff role)" })
  @ApiNotFoundResponse({ description: 'No such child' })
  record(@Param('id', uuidId()) id: string, @Query() query: ChildRecordQuery, @CurrentStaff() staff: StaffIdentity): Promise<ChildRecordView> {
    return this.getChildRecord.execute({ staff, childId: id, purpose: query.purpose ?? 'RECORD' });
  }

  @Get(':id/views')
  @Roles('MANAGER')
  @ApiOkResponse({ type: [RecordViewView], description: "Who viewed the child's record, newest first (MANAGER only)" })
  @ApiNotFoundResponse({ description: 'No such child' })
  views(@Param('id', uuidId()) id: string): Promise<RecordViewView[]> {
    return this.listRecordViews.execute({ childId: id });
  }
}
