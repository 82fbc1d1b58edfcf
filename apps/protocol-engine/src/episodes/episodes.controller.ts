import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ChildEpisodeView, ListChildEpisodes } from './list-child-episodes';

@ApiTags('children')
@Controller('v1/children')
export class EpisodesController {
  constructor(private readonly listChildEpisodes: ListChildEpisodes) {}

  @Get(':id/episodes')
  @ApiOkResponse({ description: "The child's missing episodes, earliest first" })
  list(@Param('id', new ParseUUIDPipe()) id: string): Promise<ChildEpisodeView[]> {
    return this.listChildEpisodes.execute({ childId: id });
  }
}
