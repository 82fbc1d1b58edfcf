import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ChildEpisodeView, ListChildEpisodes } from './list-child-episodes';

@ApiTags('children')
@Controller('v1/children')
export class EpisodesController {
  constructor(private readonly listChildEpisodes: ListChildEpisodes) {}

  @Get(':id/episodes')
  @ApiOkResponse({ type: [ChildEpisodeView], description: "The child's missing episodes, earliest first (by opaque child id, as events carry it)" })
  @ApiNotFoundResponse({ description: 'No such child' })
  list(@Param('id', new ParseUUIDPipe()) id: string): Promise<ChildEpisodeView[]> {
    return this.listChildEpisodes.execute({ childId: id });
  }
}
