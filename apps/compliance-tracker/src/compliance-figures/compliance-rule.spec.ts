import { COMPLIANCE_CASES } from '../../test-support/compliance-cases';
import { isCompliant } from './compliance-rule';

describe('whether a task was compliant, as the Board counts it', () => {
  it.each(COMPLIANCE_CASES)('given $name, then compliant is $compliant', (c) => {
    expect(isCompliant(c, c.outcome)).toBe(c.compliant);
  });
});
