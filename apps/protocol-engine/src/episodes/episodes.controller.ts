import { CurrentStaff, StaffEndpoint, type StaffIdentity, uuidId } from '@homeward/platform';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ChildEpisodeView, ListChildEpisodes } from './list-child-episodes';

@ApiTags('children')
@StaffEndpoint()
@Controller('v1/children')
export class EpisodesController {
  constructor(private readonly listChildEpisodes: ListChildEpisodes) {}

  @Get(':id/episodes')
  @ApiOkResponse({
    type: [ChildEpisodeView],
    description: "The child's missing episodes, earliest first (by opaque child id, as events carry it; any staff role; recorded as a view of the child's record)",
  })
  @ApiNotFoundResponse({ description: 'No such child' })
  list(@Param('id', uuidId()) id: string, @CurrentStaff() staff: StaffIdentity): Promise<ChildEpisodeView[]> {
    return this.listChildEpisodes.execute({ staff, childId: id });
  }
}
