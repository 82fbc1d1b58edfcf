import { Engine } from 'json-rules-engine';
import { RiskLevels } from '@homeward/contracts';
import { applyEffects, raisedRiskRank } from './effects';
import { computeFacts, windowsUsed } from './facts';
import { registerOperators } from './operators';
import type { DecisionInput, DecisionOutcome, ProtocolFacts, ProtocolProfile, ProtocolRule } from './types';
import { validateProfile } from './validate';

// A stored profile is validated once per object: a corrupt profile must fail loudly, never
// decide quietly with a rule missing.
const validated = new WeakSet<ProtocolProfile>();

function assertValid(profile: ProtocolProfile): void {
  if (validated.has(profile)) return;
  const result = validateProfile(profile);
  if (!result.ok) {
    const detail = result.errors.map((e) => `${e.rule}: ${e.problem}`).join('; ');
    throw new Error(`protocol profile ${String(profile?.version)} is invalid: ${detail}`);
  }
  validated.add(profile);
}

/** Builds a fresh engine per decision: rules are few, and nothing is shared between calls. */
function buildEngine(profile: ProtocolProfile): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false, allowUndefinedConditions: false });
  registerOperators(engine);
  for (const [name, condition] of Object.entries(profile.sharedConditions ?? {})) {
    engine.setCondition(name, condition as never);
  }
  for (const rule of profile.rules) {
    engine.addRule({ name: rule.id, conditions: rule.when as never, event: { type: rule.id } });
  }
  return engine;
}

/**
 * What the protocol asks for after one notification or timer. Pure: the clock is input.now,
 * history is input.otherEpisodes, and "already done" is input.alreadyRequested.
 */
export async function decide(profile: ProtocolProfile, input: DecisionInput): Promise<DecisionOutcome> {
  assertValid(profile);
  const ctx = computeFacts(profile, input);
  const engine = buildEngine(profile);
  engine.addFact('episodesInWindow', (params: Record<string, unknown>) => ctx.episodesInWindow(Number(params.days)));

  // The effective risk is the grading raised by the risk-raising rules that fire; rules may read
  // it (escalation on the effective risk), so evaluate again until it settles. Raising only goes
  // up, so this ends within as many rounds as there are risk levels.
  let fired: ProtocolRule[] = [];
  for (let round = 0; round < RiskLevels.length; round++) {
    const { results } = await engine.run({ ...ctx.facts });
    const firedIds = new Set(results.map((r) => r.name));
    // Profile order, not engine order: the outcome must not depend on evaluation scheduling.
    fired = profile.rules.filter((r) => firedIds.has(r.id));
    const effective = raisedRiskRank(ctx.facts.riskRank, fired);
    if (effective === ctx.facts.effectiveRiskRank) break;
    ctx.facts = { ...ctx.facts, effectiveRiskRank: effective };
  }

  const episodesInWindow: ProtocolFacts['episodesInWindow'] = {};
  for (const d of windowsUsed(profile)) episodesInWindow[String(d)] = ctx.episodesInWindow(d);
  return applyEffects(profile, input, ctx, fired, { ...ctx.facts, episodesInWindow });
}
