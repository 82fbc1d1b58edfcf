/**
 * The safeguarding protocol: versioned rules as data (ProtocolProfile) and their evaluation.
 * Pure: no I/O, no clock, no framework; only json-rules-engine and @homeward/contracts.
 */
export * from './types';
export { DEFAULT_PROFILE } from './default-profile';
export { decide } from './decide';
export { timersFor } from './timers';
export { validateProfile, type ProfileProblem } from './validate';
export { protocolFacts, FACT_CATALOG, type FactSpec, type FactKind } from './facts';
export { OPERATOR_CATALOG } from './operators';
export { actionKey, stricterDeadline } from './effects';
export { repeatWindowDays, flagRiskFloor, atLeast, windowThreshold } from './readings';
