import { Engine } from 'json-rules-engine';
import type { FactKind } from './facts';

/**
 * The operators a profile may use: json-rules-engine's built-ins plus containsAny (a flag list
 * meets a set: "CSE or CCE or mental health" is one readable condition, not three).
 * Decorated operators (not:, someFact:) are not offered: fewer ways to write one rule.
 */
export type ValueShape = 'scalar' | 'number' | 'list' | 'element';
export interface OperatorSpec {
  /** Fact kinds the operator makes sense for. */
  factKinds: readonly FactKind[];
  value: ValueShape;
}

const SCALARS: readonly FactKind[] = ['number', 'boolean', 'string', 'enum'];

export const OPERATOR_CATALOG: Record<string, OperatorSpec> = {
  equal: { factKinds: SCALARS, value: 'scalar' },
  notEqual: { factKinds: SCALARS, value: 'scalar' },
  in: { factKinds: SCALARS, value: 'list' },
  notIn: { factKinds: SCALARS, value: 'list' },
  contains: { factKinds: ['enumList'], value: 'element' },
  doesNotContain: { factKinds: ['enumList'], value: 'element' },
  containsAny: { factKinds: ['enumList'], value: 'list' },
  lessThan: { factKinds: ['number'], value: 'number' },
  lessThanInclusive: { factKinds: ['number'], value: 'number' },
  greaterThan: { factKinds: ['number'], value: 'number' },
  greaterThanInclusive: { factKinds: ['number'], value: 'number' },
};

export function registerOperators(engine: Engine): void {
  engine.addOperator<unknown[], unknown[]>(
    'containsAny',
    (fact, value) => Array.isArray(fact) && Array.isArray(value) && value.some((v) => fact.includes(v)),
  );
}
