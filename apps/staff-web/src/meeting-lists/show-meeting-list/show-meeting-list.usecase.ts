import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import type { MeetingListChild } from '../../data/protocol-engine.types';
import type { MeetingListName } from '../meeting-list-names';

export interface MeetingListPage {
  list: MeetingListName;
  asOf: string;
  children: (MeetingListChild & { name: string })[];
  /** Managers take children off a list. */
  canRemove: boolean;
}

/** The children on a list now, as protocol-engine keeps it (it records each child read against the signed-in person). */
@Injectable()
export class ShowMeetingList {
  constructor(private readonly protocolEngine: ProtocolEngineClient) {}

  async execute(input: { user: SessionUser; list: MeetingListName }): Promise<MeetingListPage> {
    const answer = await this.protocolEngine.meetingList(input.user.token, input.list.path);
    return {
      list: input.list,
      asOf: answer.asOf,
      children: answer.children.map((c) => ({ ...c, name: `${c.givenName} ${c.familyName}` })),
      canRemove: input.user.role === 'MANAGER',
    };
  }
}
