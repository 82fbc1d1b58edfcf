export { GetEpisodeWork } from './get-episode-work.usecase';
