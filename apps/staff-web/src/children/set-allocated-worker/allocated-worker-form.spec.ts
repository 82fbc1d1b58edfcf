import { officers } from '../../testing/record-fixtures';
import { NO_WORKER, readWorkerChoice, workerOptions } from './allocated-worker-form';

describe("choosing a child's allocated worker", () => {
  it('given the directory, when offered, then caseworkers by name, with none at the end and the current one chosen', () => {
    expect(workerOptions(officers(), 'cmo')).toEqual([
      { value: '', text: 'Choose a worker', selected: false },
      { value: 'cmo', text: 'Casey Morgan', selected: true },
      { value: 'manager', text: 'Jordan Lee', selected: false },
      { value: NO_WORKER, text: 'No allocated worker', selected: false },
    ]);
    expect(workerOptions(officers(), null).at(-1)?.selected).toBe(true);
  });

  it('given a choice, when read, then an officer is their staff id and none is null', () => {
    expect(readWorkerChoice({ worker: 'manager' }, officers())).toEqual({ staffId: 'manager' });
    expect(readWorkerChoice({ worker: NO_WORKER }, officers())).toEqual({ staffId: null });
  });

  it('given nothing or a stranger, when read, then it asks for a choice', () => {
    for (const worker of [undefined, '', 'stranger']) {
      expect(readWorkerChoice({ worker }, officers())).toEqual({ errors: [{ field: 'worker', text: 'Choose the allocated worker, or no allocated worker' }], chosen: undefined });
    }
  });
});
