/** A force code as ops type it: the key decides the force, so the code must be exact and plain. */
export function assertForceCode(force: string): void {
  if (!/^[A-Za-z0-9-]{2,40}$/.test(force)) throw new Error('force must be 2-40 letters, digits or hyphens');
}
