import { Module } from '@nestjs/common';
import { RecordViewsModule } from '../record-views/record-views.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { EpisodesController } from './episodes.controller';
import { ListChildEpisodes } from './list-child-episodes';

@Module({ imports: [StaffAuthModule, RecordViewsModule], controllers: [EpisodesController], providers: [ListChildEpisodes] })
export class EpisodesModule {}
