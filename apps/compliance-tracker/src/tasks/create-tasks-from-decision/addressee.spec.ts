import { addresseeOf } from './addressee';

const FOR_WORKER = { assignTo: 'ALLOCATED_WORKER' as const };

describe('addresseeOf', () => {
  it('given work for the allocated worker and a worker recorded, then it goes to them, saying so', () => {
    expect(addresseeOf(FOR_WORKER, 'j.smith', 'tm.jones')).toEqual({ to: 'ALLOCATED_WORKER', staffId: 'j.smith', why: "The child's allocated worker, as recorded on the child" });
  });

  it('given no worker recorded, then it goes to the team manager, saying why', () => {
    expect(addresseeOf(FOR_WORKER, null, 'tm.jones')).toEqual({ to: 'TEAM_MANAGER', staffId: 'tm.jones', why: 'No allocated worker is recorded on the child: the team manager' });
  });

  it('given no worker and nobody on the team manager rung, then it waits in the queue addressed to the team manager', () => {
    expect(addresseeOf(FOR_WORKER, undefined, null)).toMatchObject({ to: 'TEAM_MANAGER', staffId: null });
  });

  it('given work the protocol names nobody for, then no addressee', () => {
    expect(addresseeOf({}, 'j.smith', 'tm.jones')).toBeNull();
  });
});
