import { Clock } from '@homeward/contracts';
import { Inbox } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { ChildMatcher } from '../../children/child-matcher';
import { PlacementNotice } from '../placement-notice.entity';
import { RecordPlacementNoticeCommand } from './record-placement-notice.command';

const CONSUMER = 'protocol-engine.record-placement-notice';

/**
 * Matches a placement notice to the child, as a police notification is matched (LA id, else
 * names and date of birth; a merged record resolves to its survivor), and keeps it on record,
 * in one transaction with the inbox row. From then on the child's decisions see it.
 */
@Injectable()
export class RecordPlacementNotice {
  constructor(
    private readonly inbox: Inbox,
    private readonly children: ChildMatcher,
    private readonly clock: Clock,
  ) {}

  async execute(command: RecordPlacementNoticeCommand): Promise<void> {
    await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      const n = command.notice;
      const child = await this.children.matchIdentity(em, n.child);
      // The same accepted notice in a second envelope (a replayed relay) is recorded once.
      await em
        .createQueryBuilder()
        .insert()
        .into(PlacementNotice)
        .values({
          id: n.placementNoticeId,
          childId: child.id,
          sender: n.sender,
          noticeId: n.noticeId,
          placingAuthority: n.placingAuthority,
          placementStart: n.placementStart,
          placementEnd: n.placementEnd ?? null,
          providerName: n.provider.name,
          providerKind: n.provider.kind,
          riskAssessmentProvided: n.riskAssessmentProvided,
          riskManagementPlanProvided: n.riskManagementPlanProvided,
          receivedAt: new Date(n.receivedAt),
          recordedAt: this.clock.now(),
        })
        .orIgnore()
        .execute();
    });
  }
}
