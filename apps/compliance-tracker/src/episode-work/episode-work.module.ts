import { Module } from '@nestjs/common';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { EpisodeWorkController } from './episode-work.controller';
import { GetEpisodeWork } from './get-episode-work';

/** Missing episodes' RHIs and open work, read by episode id for the reports (issue 15). */
@Module({
  imports: [StaffAuthModule],
  controllers: [EpisodeWorkController],
  providers: [GetEpisodeWork],
})
export class EpisodeWorkModule {}
