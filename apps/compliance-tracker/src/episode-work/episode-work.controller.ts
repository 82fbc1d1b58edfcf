import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Roles, StaffAuthGuard } from '../staff-auth/authenticate-officer';
import { EpisodeWorkQuery, EpisodeWorkView } from './episode-work.views';
import { GetEpisodeWork } from './get-episode-work';

@ApiTags('reports')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No or unknown officer key' })
@UseGuards(StaffAuthGuard)
@Controller('v1/episode-work')
export class EpisodeWorkController {
  constructor(private readonly getEpisodeWork: GetEpisodeWork) {}

  @Get()
  @Roles('CMO', 'MANAGER', 'READ_ONLY')
  @ApiOkResponse({ type: [EpisodeWorkView], description: "Each named episode that has work, in the order named: its latest return interview (state, deadline, on time or not, who is responsible) and its other open work. For reports joining protocol-engine's episodes (CMO, MANAGER or READ_ONLY)" })
  @ApiBadRequestResponse({ description: 'problems: episodeIds empty, more than 100, or not UUIDs' })
  @ApiForbiddenResponse({ description: 'Other roles' })
  list(@Query() query: EpisodeWorkQuery): Promise<EpisodeWorkView[]> {
    return this.getEpisodeWork.execute({ episodeIds: query.episodeIds });
  }
}
