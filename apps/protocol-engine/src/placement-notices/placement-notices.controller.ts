import { CurrentStaff, StaffEndpoint, type StaffIdentity, uuidId } from '@homeward/platform';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ListPlacementNotices, PlacementNoticeView } from './list-placement-notices';

@ApiTags('children')
@StaffEndpoint()
@Controller('v1/children')
export class PlacementNoticesController {
  constructor(private readonly listPlacementNotices: ListPlacementNotices) {}

  @Get(':id/placement-notices')
  @ApiOkResponse({
    type: [PlacementNoticeView],
    description:
      "The placement notices matched to the child, newest first (any staff role; recorded as a view of the child's record). " +
      "They are posted to ingest-api's POST /v1/placement-notices by the placing authority or staff.",
  })
  @ApiNotFoundResponse({ description: 'No such child' })
  list(@Param('id', uuidId()) id: string, @CurrentStaff() staff: StaffIdentity): Promise<PlacementNoticeView[]> {
    return this.listPlacementNotices.execute({ staff, childId: id });
  }
}
