import type { Task } from '../task.entity';
import { supersessions } from './supersede-rule';

const task = (id: string, over: Partial<Task> = {}) => ({ id, episodeId: 'episode-1', type: 'RETURN_INTERVIEW', status: 'CLAIMED', ...over }) as Task;

describe('which work a new decision supersedes', () => {
  it("given an earlier episode's open RHI, when the new decision supersedes it and brings its own RHI, then it closes pointing at the new one", () => {
    const earlier = task('old');
    expect(supersessions([{ episodeId: 'episode-1', taskType: 'RETURN_INTERVIEW' }], [earlier], [{ id: 'new', type: 'RETURN_INTERVIEW' }])).toEqual([{ task: earlier, supersededBy: 'new' }]);
  });

  it('given no task of the same type in the new decision, then the earlier work closes with no successor', () => {
    expect(supersessions([{ episodeId: 'episode-1', taskType: 'RETURN_INTERVIEW' }], [task('old')], [{ id: 'm', type: 'MULTI_AGENCY_MEETING' }])).toEqual([
      { task: task('old'), supersededBy: null },
    ]);
  });

  it('given earlier work already closed, of another type or another episode, then nothing is superseded', () => {
    const earlier = [task('held', { status: 'COMPLETED' }), task('meeting', { type: 'MULTI_AGENCY_MEETING' }), task('other', { episodeId: 'episode-2' })];
    expect(supersessions([{ episodeId: 'episode-1', taskType: 'RETURN_INTERVIEW' }], earlier, [{ id: 'new', type: 'RETURN_INTERVIEW' }])).toEqual([]);
  });
});
