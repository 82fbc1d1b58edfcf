import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ApiProblem } from '../../data/api-errors';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import type { FieldError } from '../../web/forms';
import type { MeetingListName } from '../meeting-list-names';
import { readRemovalForm, RemovalAnswers, removalProblems } from '../removal-form';
import { ChildOnList, FindOnMeetingList } from './show-removal-form.usecase';

export type RemoveFromListOutcome =
  | { removed: true; child: ChildOnList; reason: string }
  | { removed: false; child: undefined }
  | { removed: false; child: ChildOnList; answers: RemovalAnswers; errors: FieldError[] };

/**
 * A manager takes a child off a list with a reason: the child must be on it now (the form and
 * the banner name them), the answers are checked here, then by protocol-engine, whose 400 comes
 * back on the form.
 */
@Injectable()
export class RemoveFromList {
  constructor(
    private readonly protocolEngine: ProtocolEngineClient,
    private readonly findOnList: FindOnMeetingList,
  ) {}

  async execute(input: { user: SessionUser; list: MeetingListName; childId: string; body: Record<string, unknown> }): Promise<RemoveFromListOutcome> {
    const child = await this.findOnList.execute(input);
    if (!child) return { removed: false, child };
    const { answers, errors, removal } = readRemovalForm(input.body);
    if (!removal) return { removed: false, child, answers, errors };
    try {
      await this.protocolEngine.removeFromMeetingList(input.user.token, input.list.path, { childId: input.childId, ...removal });
      return { removed: true, child, reason: removal.reason };
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 404) return { removed: false, child: undefined };
      if (error instanceof ApiProblem && error.status === 400) return { removed: false, child, answers, errors: removalProblems(error.problems) };
      throw error;
    }
  }
}
