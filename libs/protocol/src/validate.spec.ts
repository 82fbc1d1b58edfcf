import { DEFAULT_PROFILE, decide, validateProfile } from './index';
import { episode, input, notification } from './testing/builders';

const clone = () => JSON.parse(JSON.stringify(DEFAULT_PROFILE));
const errorsOf = (p: unknown) => {
  const r = validateProfile(p);
  return r.ok ? [] : r.errors;
};

describe('validateProfile', () => {
  it('accepts the default profile, and it survives a JSON round trip unchanged in meaning', async () => {
    expect(validateProfile(DEFAULT_PROFILE)).toEqual({ ok: true, profile: DEFAULT_PROFILE });
    const stored = clone();
    expect(validateProfile(stored).ok).toBe(true);
    const i = input({ trigger: notification('FOUND', '2025-03-04T10:00:00.000Z'), episode: episode({ foundAt: '2025-03-04T10:00:00.000Z', vulnerabilities: ['CSE'] }) });
    expect(await decide(stored, i)).toEqual(await decide(DEFAULT_PROFILE, i));
  });

  it('rejects what is not an object', () => {
    expect(errorsOf(null)).toEqual([{ rule: 'profile', problem: 'must be an object' }]);
  });

  it.each([
    ['unknown fact', (p: any) => (p.rules[0].when.all[1].fact = 'triggerTipe'), 'return-interview', /unknown fact "triggerTipe"/],
    ['unknown operator', (p: any) => (p.rules[0].when.all[1].operator = 'equals'), 'return-interview', /unknown operator "equals"/],
    ['operator that does not fit the fact', (p: any) => (p.rules[0].when.all[1].operator = 'greaterThan'), 'return-interview', /does not apply/],
    ['unknown enum value', (p: any) => (p.rules[0].when.all[1].value = 'FOUNDD'), 'return-interview', /unknown value "FOUNDD"/],
    ['bad task type', (p: any) => (p.rules[0].then.actions[0].taskType = 'RHI'), 'return-interview', /unknown task type "RHI"/],
    ['negative window', (p: any) => (p.rules[2].when.all[2].params.days = -90), 'persistent-missing', /positive number of days/],
    ['missing window', (p: any) => delete p.rules[2].when.all[2].params, 'persistent-missing', /needs params.days/],
    ['negative deadline', (p: any) => (p.rules[0].then.actions[0].deadline.amount = -1), 'return-interview', /amount must be a number >= 0/],
    ['bad deadline unit', (p: any) => (p.rules[0].then.actions[0].deadline.unit = 'DAYS'), 'return-interview', /unit must be/],
    ['deadline without anchor', (p: any) => delete p.rules[0].then.actions[0].anchor, 'return-interview', /needs an anchor/],
    ['unknown alert', (p: any) => (p.rules[4].then.alerts = ['SIREN']), 'high-risk', /unknown alert kind "SIREN"/],
    ['misspelt effect key', (p: any) => (p.rules[4].then.alert = ['HIGH_RISK']), 'high-risk', /unknown key "alert"/],
    ['unknown listing', (p: any) => (p.rules[2].then.listings = ['WEEKLY']), 'persistent-missing', /unknown listing/],
    ['number threshold given as text', (p: any) => (p.rules[2].when.all[2].value = '3'), 'persistent-missing', /needs a number/],
    ['negative threshold', (p: any) => (p.rules[2].when.all[2].value = -3), 'persistent-missing', /negative threshold/],
    ['unknown shared condition', (p: any) => (p.rules[0].when.all[0].condition = 'inScope'), 'return-interview', /unknown shared condition/],
    ['fact at the top of a rule', (p: any) => (p.rules[0].when = { fact: 'isFound', operator: 'equal', value: true }), 'return-interview', /must start with/],
    ['empty any', (p: any) => (p.rules[1].when.all[2].any = []), 'priority-return-interview', /non-empty array/],
    ['rule with no effect', (p: any) => (p.rules[0].then = {}), 'return-interview', /no effect/],
    ['duplicate id', (p: any) => (p.rules[1].id = 'return-interview'), 'return-interview', /duplicate rule id/],
    ['missing reason', (p: any) => (p.rules[0].reason = ''), 'return-interview', /reason/],
    ['params on a plain fact', (p: any) => (p.rules[0].when.all[1].params = { days: 3 }), 'return-interview', /takes no params/],
  ])('names the rule and the problem: %s', (_label, mutate, rule, problem) => {
    const p = clone();
    mutate(p);
    const errors = errorsOf(p);
    expect(errors).toEqual(expect.arrayContaining([{ rule, problem: expect.stringMatching(problem) }]));
  });

  it('checks timers: negative hours, unknown kind, duplicates, and a timer rule with no timer', () => {
    const p = clone();
    p.timers = [{ timer: 'LENGTHY_EPISODE', afterHours: -1 }, { timer: 'LENGTHY_EPISODE', afterHours: 5 }, { timer: 'NAP', afterHours: 1 }];
    const problems = errorsOf(p).map((e) => `${e.rule}: ${e.problem}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^timers\[0\]: afterHours must be a positive/),
        expect.stringMatching(/^timers\[1\]: timer LENGTHY_EPISODE is defined twice/),
        expect.stringMatching(/^timers\[2\]: unknown timer "NAP"/),
        expect.stringMatching(/^low-risk-review: timer LOW_RISK_REVIEW is used but has no definition/),
      ]),
    );
  });

  it('rejects shared conditions that reference each other in a cycle', () => {
    const p = clone();
    p.sharedConditions = { a: { all: [{ condition: 'b' }] }, b: { any: [{ condition: 'a' }] }, childInScope: p.sharedConditions.childInScope };
    expect(errorsOf(p)).toEqual(expect.arrayContaining([{ rule: 'condition:a', problem: expect.stringMatching(/cycle/) }]));
  });

  it('requires a version', () => {
    const p = clone();
    delete p.version;
    expect(errorsOf(p)).toEqual([{ rule: 'profile', problem: 'version must be a non-empty string' }]);
  });
});
