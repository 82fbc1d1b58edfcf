import { validationFailed } from '@homeward/platform';
import type { AuthenticatedOfficer } from '../../staff-auth/authenticate-officer';
import { RecordReplyDto } from './record-reply.dto';

/** The placing authority's reply to a request: when it came and what came with it. */
export class RecordReplyCommand {
  private constructor(
    readonly requestId: string,
    readonly receivedAt: Date,
    readonly riskAssessment: boolean,
    readonly riskManagementPlan: boolean,
    readonly actor: AuthenticatedOfficer,
  ) {}

  static create(input: { requestId: string; reply: RecordReplyDto; actor: AuthenticatedOfficer; now: Date }): RecordReplyCommand {
    const { receivedAt, riskAssessment, riskManagementPlan } = input.reply;
    if (Date.parse(receivedAt) > input.now.getTime()) throw validationFailed([{ field: 'receivedAt', reason: 'receivedAt must not be in the future' }]);
    return new RecordReplyCommand(input.requestId, new Date(receivedAt), riskAssessment, riskManagementPlan, input.actor);
  }
}
