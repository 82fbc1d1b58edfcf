import { Correlation, CurrentStaff, Roles, StaffEndpoint, type StaffIdentity, uuidId } from '@homeward/platform';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ChildChangeView, ChildMergedView, ListChildChanges, MergeChildren, MergeChildrenCommand, MergeChildrenDto } from './merge-children';

/** Two records of one child made one, and the audited trail of a child's corrections and merges. */
@ApiTags('children')
@StaffEndpoint()
@Controller('v1/children')
export class ChildMergesController {
  constructor(
    private readonly mergeChildren: MergeChildren,
    private readonly listChanges: ListChildChanges,
  ) {}

  @Post(':id/merge')
  @HttpCode(200)
  @Roles('MANAGER')
  @ApiOkResponse({
    type: ChildMergedView,
    description:
      "Merges the record mergeChildId into this one (MANAGER only): its episodes, notifications and decisions move here, so repeat counts include both; its id resolves to this record from now on; protocol.children-merged.v1 tells compliance-tracker (tasks) and alerting (alerts) to show this child",
  })
  @ApiBadRequestResponse({ description: 'problems: id or mergeChildId not a UUID, or the same record' })
  @ApiNotFoundResponse({ description: 'No such child (either record)' })
  @ApiConflictResponse({ description: 'Either record was already merged into another' })
  merge(@Param('id', uuidId()) id: string, @Body() body: MergeChildrenDto, @CurrentStaff() staff: StaffIdentity): Promise<ChildMergedView> {
    return this.mergeChildren.execute(MergeChildrenCommand.create({ survivorId: id, mergedId: body.mergeChildId, staff, correlationId: Correlation.currentOrNew() }));
  }

  @Get(':id/changes')
  @Roles('MANAGER')
  @ApiOkResponse({ type: [ChildChangeView], description: "Corrections of the child's details (who, when, what they were) and merges, oldest first (MANAGER only; recorded as a view of the child's record)" })
  @ApiNotFoundResponse({ description: 'No such child' })
  changes(@Param('id', uuidId()) id: string, @CurrentStaff() staff: StaffIdentity): Promise<ChildChangeView[]> {
    return this.listChanges.execute({ staff, childId: id });
  }
}
