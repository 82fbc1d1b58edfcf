import { label, labelOptions } from './labels';

describe('codes in the words staff use', () => {
  it('reads a known code as its words', () => {
    expect(label('careStatus', 'LOOKED_AFTER')).toBe('Looked after');
    expect(label('flag', 'CSE')).toBe('Child sexual exploitation (CSE)');
    expect(label('alertKind', 'HIGH_RISK_UNACKNOWLEDGED')).toBe('High risk, not acknowledged');
  });

  it('reads an unknown code in sentence case, and nothing as nothing', () => {
    expect(label('taskType', 'SAFETY_PLAN_REVIEW')).toBe('Safety plan review');
    expect(label('risk', null)).toBe('');
  });

  it('names a person subscribed by id, not as a role', () => {
    expect(label('recipient', 'person:casey.morgan')).toBe('casey.morgan');
  });

  it('lists a kind as options for a filter', () => {
    expect(labelOptions('risk')).toEqual([
      { value: 'VERY_LOW', text: 'Very low' },
      { value: 'LOW', text: 'Low' },
      { value: 'MEDIUM', text: 'Medium' },
      { value: 'HIGH', text: 'High' },
    ]);
  });
});
