import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { HandOverNotice } from './hand-over-notice';

interface Row {
  id: string;
  case_id: string;
  case_reference: string;
  to_authority_code: string;
  to_authority_name: string;
  to_mailbox: string;
  from_authority_name: string;
  from_mailbox: string;
  handed_over_at: Date;
}

/** The hand-over notices alerting keeps (`cme_hand_over_notices`): one a case, each with its e-mail delivery. */
@Injectable()
export class HandOverNotices {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Keeps the notice unless this case's is kept already (a hand-over republished under another
   * message id): true when it is new, and so its e-mail is to be sent.
   */
  async keep(em: EntityManager, notice: HandOverNotice, receivedAt: Date): Promise<boolean> {
    const inserted: unknown[] = await em.query(
      `INSERT INTO cme_hand_over_notices (id, case_id, case_reference, to_authority_code, to_authority_name, to_mailbox, from_authority_name, from_mailbox, handed_over_at, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (case_id) DO NOTHING RETURNING id`,
      [notice.id, notice.caseId, notice.caseReference, notice.toAuthority.code, notice.toAuthority.name, notice.toAuthority.cmeMailbox, notice.fromAuthority.name, notice.fromAuthority.cmeMailbox, notice.handedOverAt, receivedAt],
    );
    return inserted.length === 1;
  }

  async get(id: string): Promise<HandOverNotice> {
    const [r] = (await this.dataSource.query(`SELECT * FROM cme_hand_over_notices WHERE id = $1`, [id])) as Row[];
    if (!r) throw new Error(`no hand-over notice ${id}`);
    return {
      id: r.id,
      caseId: r.case_id,
      caseReference: r.case_reference,
      toAuthority: { code: r.to_authority_code, name: r.to_authority_name, cmeMailbox: r.to_mailbox },
      fromAuthority: { name: r.from_authority_name, cmeMailbox: r.from_mailbox },
      handedOverAt: new Date(r.handed_over_at),
    };
  }
}
