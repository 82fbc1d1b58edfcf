import { Rule } from 'json-rules-engine';
import { AlertKinds, RiskLevels, TaskPriorities, TaskTypes } from '@homeward/contracts';
import { FACT_CATALOG, type FactSpec } from './facts';
import { OPERATOR_CATALOG } from './operators';
import { Anchors, ArrangedInAreas, AssignTargets, ListingKinds, ResponsibleParties, TimerKinds, type ProtocolProfile } from './types';

export interface ProfileProblem {
  /** The rule id (or `profile`, `timers[i]`, `condition:<name>`) the problem is in. */
  rule: string;
  problem: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isNonNegative = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * Checks a profile an admin submits before it is stored: every problem is reported with the
 * rule it is in, so the admin API can answer 400 with something fixable. Unknown keys are
 * errors too: a misspelt "alert" must not silently drop an alert.
 */
export function validateProfile(
  input: unknown,
): { ok: true; profile: ProtocolProfile } | { ok: false; errors: ProfileProblem[] } {
  const errors: ProfileProblem[] = [];
  const err = (rule: string, problem: string) => errors.push({ rule, problem });

  if (!isObj(input)) return { ok: false, errors: [{ rule: 'profile', problem: 'must be an object' }] };
  unknownKeys(input, ['version', 'name', 'description', 'sharedConditions', 'timers', 'rules', 'alarmLadders'], 'profile', err);
  if (!isNonEmptyString(input.version)) err('profile', 'version must be a non-empty string');
  if (input.name !== undefined && typeof input.name !== 'string') err('profile', 'name must be a string');
  if (input.description !== undefined && typeof input.description !== 'string') err('profile', 'description must be a string');

  // Timers.
  const timerKinds = new Set<string>();
  if (!Array.isArray(input.timers)) err('profile', 'timers must be an array');
  else
    input.timers.forEach((t, i) => {
      const where = `timers[${i}]`;
      if (!isObj(t)) return err(where, 'must be an object');
      unknownKeys(t, ['timer', 'afterHours', 'riskAtMost'], where, err);
      if (!oneOf(TimerKinds, t.timer)) err(where, `unknown timer ${JSON.stringify(t.timer)}; expected one of ${TimerKinds.join(', ')}`);
      else if (timerKinds.has(t.timer)) err(where, `timer ${t.timer} is defined twice`);
      else timerKinds.add(t.timer);
      if (typeof t.afterHours !== 'number' || !Number.isFinite(t.afterHours) || t.afterHours <= 0)
        err(where, 'afterHours must be a positive number of hours');
      if (t.riskAtMost !== undefined && !oneOf(RiskLevels, t.riskAtMost)) err(where, `unknown risk level ${JSON.stringify(t.riskAtMost)}`);
    });

  checkAlarmLadders(input.alarmLadders, err);

  // Shared conditions.
  const shared = input.sharedConditions;
  const sharedNames = new Set<string>();
  if (shared !== undefined && !isObj(shared)) err('profile', 'sharedConditions must be an object');
  const ctx: CondCtx = { err, sharedNames, timerKinds, references: new Map() };
  if (isObj(shared)) {
    Object.keys(shared).forEach((n) => sharedNames.add(n));
    for (const [name, c] of Object.entries(shared)) checkTop(c, `condition:${name}`, ctx);
    checkCycles(ctx.references, err);
  }

  // Rules.
  if (!Array.isArray(input.rules) || input.rules.length === 0) err('profile', 'rules must be a non-empty array');
  else {
    const ids = new Set<string>();
    input.rules.forEach((r, i) => {
      let where = `rules[${i}]`;
      if (!isObj(r)) return err(where, 'must be an object');
      if (!isNonEmptyString(r.id) || /\s/.test(r.id)) err(where, 'id must be a non-empty string without spaces');
      else {
        where = r.id;
        if (ids.has(r.id)) err(where, 'duplicate rule id');
        ids.add(r.id);
      }
      unknownKeys(r, ['id', 'reason', 'when', 'then'], where, err);
      if (!isNonEmptyString(r.reason)) err(where, 'reason must be a non-empty, manager-readable sentence');
      checkTop(r.when, where, ctx);
      checkEffects(r.then, where, err);
      // Last line of defence: what json-rules-engine itself refuses.
      try {
        new Rule({ name: where, conditions: r.when as never, event: { type: where } });
      } catch (e) {
        err(where, `rules engine rejects it: ${(e as Error).message}`);
      }
    });
  }

  return errors.length ? { ok: false, errors } : { ok: true, profile: input as unknown as ProtocolProfile };
}

// ---------------------------------------------------------------------------------------------

interface CondCtx {
  err: (rule: string, problem: string) => void;
  sharedNames: Set<string>;
  timerKinds: Set<string>;
  /** shared condition name -> the shared conditions it references (cycle check). */
  references: Map<string, Set<string>>;
}

function checkTop(c: unknown, where: string, ctx: CondCtx): void {
  if (isObj(c) && 'fact' in c) return ctx.err(where, 'conditions must start with all, any, not or condition');
  checkCondition(c, where, ctx);
}

function checkCondition(c: unknown, where: string, ctx: CondCtx): void {
  const { err } = ctx;
  if (!isObj(c)) return err(where, 'a condition must be an object');
  const shapes = ['all', 'any', 'not', 'condition', 'fact'].filter((k) => k in c);
  if (shapes.length !== 1) return err(where, 'a condition must have exactly one of all, any, not, condition, fact');
  const shape = shapes[0];
  if (shape === 'all' || shape === 'any') {
    unknownKeys(c, [shape, 'name', 'priority'], where, err);
    const list = c[shape];
    if (!Array.isArray(list) || list.length === 0) return err(where, `${shape} must be a non-empty array`);
    return list.forEach((x) => checkCondition(x, where, ctx));
  }
  if (shape === 'not') {
    unknownKeys(c, ['not', 'name', 'priority'], where, err);
    return checkCondition(c.not, where, ctx);
  }
  if (shape === 'condition') {
    unknownKeys(c, ['condition', 'name', 'priority'], where, err);
    if (typeof c.condition !== 'string' || !ctx.sharedNames.has(c.condition))
      return err(where, `unknown shared condition ${JSON.stringify(c.condition)}`);
    if (where.startsWith('condition:')) {
      const from = where.slice('condition:'.length);
      if (!ctx.references.has(from)) ctx.references.set(from, new Set());
      ctx.references.get(from)!.add(c.condition);
    }
    return;
  }
  checkFactCondition(c, where, ctx);
}

function checkFactCondition(c: Obj, where: string, { err, timerKinds }: CondCtx): void {
  unknownKeys(c, ['fact', 'operator', 'value', 'params', 'name', 'priority'], where, err);
  const fact = typeof c.fact === 'string' ? FACT_CATALOG[c.fact] : undefined;
  if (!fact) return err(where, `unknown fact ${JSON.stringify(c.fact)}; known facts: ${Object.keys(FACT_CATALOG).join(', ')}`);
  const op = typeof c.operator === 'string' && Object.hasOwn(OPERATOR_CATALOG, c.operator) ? OPERATOR_CATALOG[c.operator] : undefined;
  if (!op) return err(where, `unknown operator ${JSON.stringify(c.operator)} on fact ${c.fact}`);
  if (!op.factKinds.includes(fact.kind)) return err(where, `operator ${c.operator} does not apply to fact ${c.fact} (${fact.kind})`);

  // Parameters: only parameterised facts take them, and windows must be positive.
  if (fact.params) {
    const days = isObj(c.params) ? c.params.days : undefined;
    if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0)
      err(where, `fact ${c.fact} needs params.days, a positive number of days (got ${JSON.stringify(days)})`);
    if (isObj(c.params)) unknownKeys(c.params, ['days'], where, err);
  } else if (c.params !== undefined) err(where, `fact ${c.fact} takes no params`);

  if (!('value' in c)) return err(where, `condition on ${c.fact} has no value`);
  const v = c.value;
  if (isObj(v) && 'fact' in v) {
    // Comparing two facts (e.g. responsibleAuthority vs homeAuthority) is allowed.
    if (typeof v.fact !== 'string' || !FACT_CATALOG[v.fact]) err(where, `unknown fact ${JSON.stringify(v.fact)} in value`);
    return;
  }
  const label = `${c.fact} ${c.operator}`;
  switch (op.value) {
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) err(where, `${label} needs a number value`);
      else if (v < 0 && c.fact !== 'riskRank') err(where, `${label} ${v}: negative threshold`);
      break;
    case 'scalar':
      checkScalar(fact, v, label, where, err);
      break;
    case 'element':
      checkScalar({ ...fact, kind: 'enum', nullable: false }, v, label, where, err);
      break;
    case 'list':
      if (!Array.isArray(v) || v.length === 0) err(where, `${label} needs a non-empty array value`);
      else {
        const elementSpec: FactSpec = fact.kind === 'enumList' ? { ...fact, kind: 'enum', nullable: false } : fact;
        v.forEach((x) => checkScalar(elementSpec, x, label, where, err));
      }
      break;
  }
  if (c.fact === 'timer' && typeof v === 'string' && oneOf(TimerKinds, v) && !timerKinds.has(v))
    err(where, `timer ${v} is used but has no definition in timers (it would never wake up)`);
}

function checkScalar(fact: FactSpec, v: unknown, label: string, where: string, err: CondCtx['err']): void {
  if (v === null) {
    if (!fact.nullable) err(where, `${label}: fact is never null`);
    return;
  }
  switch (fact.kind) {
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) err(where, `${label} needs a number value`);
      break;
    case 'boolean':
      if (typeof v !== 'boolean') err(where, `${label} needs true or false`);
      break;
    case 'string':
      if (typeof v !== 'string') err(where, `${label} needs a string value`);
      break;
    default:
      if (!fact.values?.includes(v as string))
        err(where, `${label}: unknown value ${JSON.stringify(v)}; expected one of ${fact.values?.join(', ')}`);
  }
}

function checkEffects(then: unknown, where: string, err: CondCtx['err']): void {
  if (!isObj(then)) return err(where, 'then must be an object');
  unknownKeys(then, ['actions', 'raiseRiskTo', 'alerts', 'listings', 'supersedePrevious'], where, err);
  const listOf = (key: string, allowed: readonly string[], what: string) => {
    const v = then[key];
    if (v === undefined) return;
    if (!Array.isArray(v)) return err(where, `${key} must be an array`);
    v.forEach((x) => !allowed.includes(x) && err(where, `unknown ${what} ${JSON.stringify(x)}`));
  };
  listOf('alerts', AlertKinds, 'alert kind');
  listOf('listings', ListingKinds, 'listing');
  listOf('supersedePrevious', TaskTypes, 'task type');
  if (then.raiseRiskTo !== undefined && !oneOf(RiskLevels, then.raiseRiskTo)) err(where, `unknown risk level ${JSON.stringify(then.raiseRiskTo)}`);

  const effects = ['actions', 'raiseRiskTo', 'alerts', 'listings', 'supersedePrevious'].filter((k) => then[k] !== undefined);
  if (effects.length === 0) err(where, 'then has no effect');

  if (then.actions === undefined) return;
  if (!Array.isArray(then.actions)) return err(where, 'actions must be an array');
  then.actions.forEach((a) => {
    if (!isObj(a)) return err(where, 'an action must be an object');
    unknownKeys(a, ['taskType', 'keySuffix', 'priority', 'deadline', 'anchor', 'responsible', 'arrangedIn', 'assignTo'], where, err);
    if (!oneOf(TaskTypes, a.taskType)) err(where, `unknown task type ${JSON.stringify(a.taskType)}; expected one of ${TaskTypes.join(', ')}`);
    if (a.keySuffix !== undefined && (!isNonEmptyString(a.keySuffix) || /[\s:]/.test(a.keySuffix)))
      err(where, 'keySuffix must be a word without spaces or colons');
    if (a.priority !== undefined && !oneOf(TaskPriorities, a.priority)) err(where, `unknown priority ${JSON.stringify(a.priority)}`);
    if (a.responsible !== undefined && !oneOf(ResponsibleParties, a.responsible)) err(where, `unknown responsible ${JSON.stringify(a.responsible)}`);
    if (a.arrangedIn !== undefined && !oneOf(ArrangedInAreas, a.arrangedIn)) err(where, `unknown arrangedIn ${JSON.stringify(a.arrangedIn)}`);
    if (a.assignTo !== undefined && !oneOf(AssignTargets, a.assignTo)) err(where, `unknown assignTo ${JSON.stringify(a.assignTo)}`);
    if (a.deadline === undefined) {
      if (a.anchor !== undefined) err(where, 'anchor without a deadline');
      return;
    }
    if (!isObj(a.deadline)) return err(where, 'deadline must be { unit, amount }');
    unknownKeys(a.deadline, ['unit', 'amount'], where, err);
    if (a.deadline.unit !== 'CLOCK_HOURS' && a.deadline.unit !== 'WORKING_DAYS')
      err(where, `deadline unit must be CLOCK_HOURS or WORKING_DAYS, got ${JSON.stringify(a.deadline.unit)}`);
    if (!isNonNegative(a.deadline.amount)) err(where, 'deadline amount must be a number >= 0');
    else if (a.deadline.unit === 'WORKING_DAYS' && !Number.isInteger(a.deadline.amount)) err(where, 'working days must be whole');
    if (!oneOf(Anchors, a.anchor)) err(where, `a deadline needs an anchor, one of ${Anchors.join(', ')}`);
  });
}

function checkCycles(refs: Map<string, Set<string>>, err: CondCtx['err']): void {
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (n: string): boolean => {
    if (done.has(n)) return false;
    if (visiting.has(n)) return true;
    visiting.add(n);
    const cyclic = [...(refs.get(n) ?? [])].some(visit);
    visiting.delete(n);
    done.add(n);
    return cyclic;
  };
  for (const n of refs.keys()) if (visit(n)) err(`condition:${n}`, 'shared conditions reference each other in a cycle');
}

const LADDER_HOURS = ['reminderBeforeHours', 'escalateTeamManagerAfterHours', 'escalateServiceManagerAfterHours'];

/** Each task type's ladder: known type, every interval a number of hours >= 0, the service manager not before the team manager. */
function checkAlarmLadders(ladders: unknown, err: CondCtx['err']): void {
  if (ladders === undefined) return;
  if (!isObj(ladders)) return err('profile', 'alarmLadders must be an object of task type to ladder');
  for (const [type, ladder] of Object.entries(ladders)) {
    const where = `alarmLadders.${type}`;
    if (!oneOf(TaskTypes, type)) err(where, `unknown task type ${JSON.stringify(type)}; expected one of ${TaskTypes.join(', ')}`);
    if (!isObj(ladder)) {
      err(where, `must be { ${LADDER_HOURS.join(', ')}, unclaimedAlertAfterHours? }`);
      continue;
    }
    unknownKeys(ladder, [...LADDER_HOURS, 'unclaimedAlertAfterHours'], where, err);
    for (const k of LADDER_HOURS) if (!isNonNegative(ladder[k])) err(where, `${k} must be a number of hours >= 0`);
    if (ladder.unclaimedAlertAfterHours !== undefined && !isNonNegative(ladder.unclaimedAlertAfterHours)) err(where, 'unclaimedAlertAfterHours must be a number of hours >= 0');
    if (isNonNegative(ladder.escalateTeamManagerAfterHours) && isNonNegative(ladder.escalateServiceManagerAfterHours) && ladder.escalateServiceManagerAfterHours < ladder.escalateTeamManagerAfterHours) {
      err(where, 'escalateServiceManagerAfterHours must not come before escalateTeamManagerAfterHours');
    }
  }
}

function unknownKeys(o: Obj, allowed: string[], where: string, err: CondCtx['err']): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) err(where, `unknown key ${JSON.stringify(k)}`);
}

function oneOf<T extends string>(values: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (values as readonly string[]).includes(v);
}
