import { validationFailed } from '@homeward/platform';

/** Puts a draft in force from an instant; the actor is the admin whose key made the request. */
export class ActivateVersionCommand {
  private constructor(
    readonly versionId: string,
    readonly effectiveFrom: Date | null,
    readonly actor: string,
  ) {}

  static create(input: { versionId: string; effectiveFrom?: string; actor: string }): ActivateVersionCommand {
    if (input.effectiveFrom === undefined) return new ActivateVersionCommand(input.versionId, null, input.actor);
    const at = new Date(input.effectiveFrom);
    if (Number.isNaN(at.getTime())) throw validationFailed([{ field: 'effectiveFrom', reason: 'must be an ISO 8601 instant' }]);
    return new ActivateVersionCommand(input.versionId, at, input.actor);
  }
}
