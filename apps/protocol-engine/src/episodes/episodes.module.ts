import { Module } from '@nestjs/common';
import { EpisodesController } from './episodes.controller';
import { ListChildEpisodes } from './list-child-episodes';

@Module({ controllers: [EpisodesController], providers: [ListChildEpisodes] })
export class EpisodesModule {}
