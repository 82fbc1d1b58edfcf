import { Inbox } from '@homeward/platform';
import { AlertingKinds } from '@homeward/routing';
import { Injectable, Logger } from '@nestjs/common';
import { erasedSummary } from '../../alerts/raise-alerts/summaries';
import { ERASED_REFERENCE, lockChildrenForErasure } from '../erased-children';
import { EraseChildAlertsCommand } from './erase-child-alerts.command';

const CONSUMER = 'alerting.child-erasures';

/**
 * Erases what alerting holds about an erased child, once per message, in one transaction: each
 * alert's police reference (ERASED_REFERENCE), risk level and summary (replaced by one naming only the
 * kind of alert). Kind, recipient, ids, times and acknowledgements stay: they name no child and
 * say who was told and who acted. The children are recorded so an alert raised later, from an
 * event already in flight, is raised erased. Alerting publishes no events (no outbox) and its
 * queue jobs carry ids only, so nothing else here holds the police reference.
 */
@Injectable()
export class EraseChildAlerts {
  private readonly logger = new Logger('EraseChildAlerts');

  constructor(private readonly inbox: Inbox) {}

  async execute(command: EraseChildAlertsCommand): Promise<void> {
    let alerts = 0;
    const first = await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      const params = [command.childIds, command.erasedAt, command.erasureId];
      // Row locks before the children's locks: an escalation holds its alert's row and then takes
      // its child's lock, so taking them the other way round could deadlock with it.
      await em.query(`SELECT id FROM alerts WHERE child_id = ANY($1::uuid[]) AND erased_at IS NULL FOR UPDATE`, [command.childIds]);
      await lockChildrenForErasure(em, command.childIds);
      await em.query(
        `INSERT INTO child_erasures (child_id, erasure_id, erased_at) SELECT unnest($1::uuid[]), $3, $2 ON CONFLICT (child_id) DO NOTHING`,
        params,
      );
      [, alerts] = (await em.query(
        `UPDATE alerts a SET police_reference = $6, risk_level = NULL, summary = s.summary, erased_at = $2, erasure_id = $3
           FROM unnest($4::text[], $5::text[]) AS s(kind, summary)
          WHERE a.kind = s.kind AND a.child_id = ANY($1::uuid[]) AND a.erased_at IS NULL`,
        [...params, [...AlertingKinds], AlertingKinds.map(erasedSummary), ERASED_REFERENCE],
      )) as [unknown, number];
    });
    // Ids and a count only: nothing that says who the child was.
    if (first) this.logger.log({ erasureId: command.erasureId, alerts }, "erased child's alerts erased");
  }
}
