import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../../auth/session-user';
import { ApiProblem } from '../../data/api-errors';
import { IngestApiClient } from '../../data/ingest-api.client';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import type { ChildRecord } from '../../data/protocol-engine.types';
import type { FieldError } from '../../web/forms';
import { answersFromRecord, PlacementNoticeAnswers, placementNoticeProblems, readPlacementNoticeForm } from './placement-notice-form';

export interface PlacementNoticeFormModel {
  child: ChildRecord & { name: string };
  answers: PlacementNoticeAnswers;
}

const withName = (record: ChildRecord) => ({ ...record, name: `${record.givenName} ${record.familyName}` });

/** The form for a child, their details prefilled from the record, with a notice id of its own. */
@Injectable()
export class ShowPlacementNoticeForm {
  constructor(private readonly protocolEngine: ProtocolEngineClient) {}

  async execute(input: { user: SessionUser; childId: string }): Promise<PlacementNoticeFormModel> {
    const record = await this.protocolEngine.childRecord(input.user.token, input.childId, 'RECORD');
    return { child: withName(record), answers: answersFromRecord(record, randomUUID()) };
  }
}

export type RecordPlacementNoticeOutcome = { recorded: true; child: PlacementNoticeFormModel['child'] } | ({ recorded: false; errors: FieldError[] } & PlacementNoticeFormModel);

const NOTICE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Sends the notice to ingest-api as the signed-in person (it records them as the sender);
 * protocol-engine matches it to the child as it matches police notifications. The form's own
 * notice id makes a second send of the same form the same notice.
 */
@Injectable()
export class RecordPlacementNotice {
  constructor(
    private readonly protocolEngine: ProtocolEngineClient,
    private readonly ingest: IngestApiClient,
  ) {}

  async execute(input: { user: SessionUser; childId: string; body: Record<string, unknown> }): Promise<RecordPlacementNoticeOutcome> {
    const child = withName(await this.protocolEngine.childRecord(input.user.token, input.childId, 'RECORD'));
    const noticeId = typeof input.body.noticeId === 'string' && NOTICE_ID.test(input.body.noticeId) ? input.body.noticeId : randomUUID();
    const { answers, errors, notice } = readPlacementNoticeForm(input.body, noticeId);
    if (!notice) return { recorded: false, child, answers, errors };
    try {
      await this.ingest.recordPlacementNotice(input.user.token, notice);
      return { recorded: true, child };
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 400) return { recorded: false, child, answers, errors: placementNoticeProblems(error.problems) };
      if (error instanceof ApiProblem && error.status === 409) {
        // This form's id was recorded with other answers (sent, then changed): these answers go as a new notice.
        return { recorded: false, child, answers: { ...answers, noticeId: randomUUID() }, errors: [{ field: 'givenName', text: 'This form was already sent with other answers. Check the answers and save again to record them as a new notice' }] };
      }
      throw error;
    }
  }
}
