import { acknowledgementRefusal } from './acknowledgement-permission';

describe('acknowledgementRefusal: whose acknowledgement an alert is', () => {
  it("given an alert addressed to the CMO, a CMO or a manager acknowledges it", () => {
    expect(acknowledgementRefusal({ recipient: 'CHILDREN_MISSING_OFFICER' }, 'CMO')).toBeNull();
    expect(acknowledgementRefusal({ recipient: 'CHILDREN_MISSING_OFFICER' }, 'MANAGER')).toBeNull();
  });

  it("given an escalation addressed to a manager's rung, only a manager acknowledges it; a CMO is refused, naming the recipient", () => {
    for (const recipient of ['TEAM_MANAGER', 'SERVICE_MANAGER', 'DIRECTOR_OF_CHILDRENS_SERVICES', 'CSC_SENIOR_MANAGER']) {
      expect(acknowledgementRefusal({ recipient }, 'MANAGER')).toBeNull();
      expect(acknowledgementRefusal({ recipient }, 'CMO')).toBe(`this alert is addressed to ${recipient}: only a manager may acknowledge it`);
    }
  });

  it('given read-only staff or a protocol administrator, refuses any alert', () => {
    expect(acknowledgementRefusal({ recipient: 'CHILDREN_MISSING_OFFICER' }, 'READ_ONLY')).toMatch(/READ_ONLY may not acknowledge/);
    expect(acknowledgementRefusal({ recipient: 'TEAM_MANAGER' }, 'PROTOCOL_ADMIN')).toMatch(/PROTOCOL_ADMIN may not acknowledge/);
  });
});
