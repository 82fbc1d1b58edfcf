import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ApiProblem } from '../../data/api-errors';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import type { ChildRecord, ChildSummary } from '../../data/protocol-engine.types';
import type { FieldError } from '../../web/forms';
import { readChildSearch } from '../child-search.form';
import { SearchChildren, SearchChildrenCommand } from '../search-children';

export type NamedRecord = ChildRecord & { name: string; allocatedWorkerName: string | null };

export interface MergeSearchPage {
  survivor: ChildRecord & { name: string };
  q?: string;
  errors: FieldError[];
  /** undefined until searched; never the survivor itself. */
  candidates?: ChildSummary[];
}

const named = (record: ChildRecord) => ({ ...record, name: `${record.givenName} ${record.familyName}` });

/** Finding the other record of the same child, by the search staff use everywhere (protocol-engine records it). */
@Injectable()
export class FindMergeCandidates {
  constructor(
    private readonly protocolEngine: ProtocolEngineClient,
    private readonly searchChildren: SearchChildren,
  ) {}

  async execute(input: { user: SessionUser; childId: string; q: unknown }): Promise<MergeSearchPage> {
    const survivor = named(await this.protocolEngine.childRecord(input.user.token, input.childId, 'RECORD'));
    const form = readChildSearch(input.q);
    if (form.q === undefined || form.errors.length > 0) return { survivor, q: form.q, errors: form.errors };
    const found = await this.searchChildren.execute(SearchChildrenCommand.create(input.user.token, form.q));
    return { survivor, q: form.q, errors: found.errors, candidates: found.children.filter((c) => c.id !== survivor.id) };
  }
}

/** Both records side by side, as protocol-engine has them now. `sameRecord`: the other id already resolves to this child. */
@Injectable()
export class ShowMergeConfirmation {
  constructor(
    private readonly protocolEngine: ProtocolEngineClient,
    private readonly tracker: ComplianceTrackerClient,
  ) {}

  async execute(input: { user: SessionUser; childId: string; otherId: string }): Promise<{ survivor: NamedRecord; merged: NamedRecord; sameRecord: boolean }> {
    const { token } = input.user;
    const [survivor, merged, officers] = await Promise.all([
      this.protocolEngine.childRecord(token, input.childId, 'RECORD'),
      this.protocolEngine.childRecord(token, input.otherId, 'RECORD'),
      this.tracker.officers(token),
    ]);
    const worker = (r: ChildRecord) => (r.allocatedWorker ? (officers.find((o) => o.username === r.allocatedWorker)?.displayName ?? r.allocatedWorker) : null);
    return {
      survivor: { ...named(survivor), allocatedWorkerName: worker(survivor) },
      merged: { ...named(merged), allocatedWorkerName: worker(merged) },
      sameRecord: survivor.id === merged.id,
    };
  }
}

export type MergeOutcome = { merged: true; episodesMoved: number } | { merged: false; why: 'ALREADY_MERGED' | 'SAME_RECORD' };

/** A manager merges the other record into this one: protocol-engine moves its episodes, and tells the services holding its tasks and alerts. */
@Injectable()
export class MergeChildRecords {
  constructor(private readonly protocolEngine: ProtocolEngineClient) {}

  async execute(input: { user: SessionUser; childId: string; otherId: string }): Promise<MergeOutcome> {
    try {
      const result = await this.protocolEngine.mergeChildren(input.user.token, input.childId, input.otherId);
      return { merged: true, episodesMoved: result.episodesMoved };
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409) return { merged: false, why: 'ALREADY_MERGED' };
      if (error instanceof ApiProblem && error.status === 400) return { merged: false, why: 'SAME_RECORD' };
      throw error;
    }
  }
}
