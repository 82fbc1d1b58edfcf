import type { EnquiryRecord } from '../cme-rules';
import { EntityManager } from 'typeorm';

export interface RecordedEnquiry extends EnquiryRecord {
  id: string;
  recordedBy: string;
  recordedAt: string;
}

/** A case's reasonable enquiries as recorded, oldest first. */
export async function enquiriesOf(em: EntityManager, caseId: string): Promise<RecordedEnquiry[]> {
  const rows = await em.query<{ id: string; enquiry: EnquiryRecord['enquiry']; made_on: string; result: EnquiryRecord['result']; note: string | null; recorded_by: string; recorded_at: Date }[]>(
    `SELECT id, enquiry, to_char(made_on, 'YYYY-MM-DD') AS made_on, result, note, recorded_by, recorded_at FROM case_enquiries WHERE case_id = $1 ORDER BY made_on, recorded_at`,
    [caseId],
  );
  return rows.map((r) => ({ id: r.id, enquiry: r.enquiry, madeOn: r.made_on, result: r.result, ...(r.note ? { note: r.note } : {}), recordedBy: r.recorded_by, recordedAt: r.recorded_at.toISOString() }));
}
