import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import type { MeetingListChild } from '../../data/protocol-engine.types';
import type { MeetingListName } from '../meeting-list-names';

export type ChildOnList = MeetingListChild & { name: string };

/** The child as the list has them now (the form names them), or undefined when they are no longer on it. */
@Injectable()
export class FindOnMeetingList {
  constructor(private readonly protocolEngine: ProtocolEngineClient) {}

  async execute(input: { user: SessionUser; list: MeetingListName; childId: string }): Promise<ChildOnList | undefined> {
    const answer = await this.protocolEngine.meetingList(input.user.token, input.list.path);
    const child = answer.children.find((c) => c.childId === input.childId);
    return child && { ...child, name: `${child.givenName} ${child.familyName}` };
  }
}
