import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { episodeWork, type EpisodeTask, type EpisodeWork } from '../episode-work';
import { EPISODE_TASKS_SQL } from './episode-tasks.query';

/** The return interview and open work of a set of missing episodes, for reports that join them to protocol-engine's episodes. */
@Injectable()
export class GetEpisodeWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(query: { episodeIds: readonly string[] }): Promise<EpisodeWork[]> {
    const tasks: EpisodeTask[] = await this.dataSource.query(EPISODE_TASKS_SQL, [[...query.episodeIds]]);
    return episodeWork(query.episodeIds, tasks, this.clock.now());
  }
}
