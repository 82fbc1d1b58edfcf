import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ApiProblem } from '../../data/api-errors';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import type { OfficerView } from '../../data/compliance-tracker.types';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import type { ChildRecord } from '../../data/protocol-engine.types';
import type { FieldError } from '../../web/forms';
import { readWorkerChoice } from './allocated-worker-form';

export interface AllocatedWorkerForm {
  child: ChildRecord & { name: string };
  officers: OfficerView[];
}

/** The child as protocol-engine has them and compliance-tracker's officers: the form's question. */
@Injectable()
export class ShowAllocatedWorkerForm {
  constructor(
    private readonly protocolEngine: ProtocolEngineClient,
    private readonly tracker: ComplianceTrackerClient,
  ) {}

  async execute(input: { user: SessionUser; childId: string }): Promise<AllocatedWorkerForm> {
    const [record, officers] = await Promise.all([this.protocolEngine.childRecord(input.user.token, input.childId, 'RECORD'), this.tracker.officers(input.user.token)]);
    return { child: { ...record, name: `${record.givenName} ${record.familyName}` }, officers };
  }
}

export type SetAllocatedWorkerOutcome = { recorded: true; workerName: string | null } | { recorded: false; errors: FieldError[] };

/** Records the child's allocated worker (protocol-engine audits it): later risk-management follow-ups go to them. */
@Injectable()
export class SetAllocatedWorker {
  constructor(private readonly protocolEngine: ProtocolEngineClient) {}

  async execute(input: { user: SessionUser; childId: string; body: Record<string, unknown>; officers: OfficerView[] }): Promise<SetAllocatedWorkerOutcome> {
    const choice = readWorkerChoice(input.body, input.officers);
    if ('errors' in choice) return { recorded: false, errors: choice.errors };
    try {
      await this.protocolEngine.setAllocatedWorker(input.user.token, input.childId, choice.staffId);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 400) return { recorded: false, errors: [{ field: 'worker', text: 'Choose the allocated worker, or no allocated worker' }] };
      throw error;
    }
    const officer = input.officers.find((o) => o.username === choice.staffId);
    return { recorded: true, workerName: choice.staffId === null ? null : (officer?.displayName ?? choice.staffId) };
  }
}
