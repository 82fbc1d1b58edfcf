import { Clock } from '@homeward/contracts';
import { type StaffIdentity, UnitOfWork, validationFailed } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { RecordEnquiryDto } from '../case-dtos';
import { londonDateOf } from '../cme-task-deadlines';
import { lockOpenCase } from '../lock-open-case';

/** Records one reasonable enquiry on an open case, with its date and result. */
@Injectable()
export class RecordEnquiry {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(command: { staff: StaffIdentity; caseId: string; enquiry: RecordEnquiryDto }): Promise<{ id: string }> {
    const now = this.clock.now();
    if (command.enquiry.madeOn > londonDateOf(now)) throw validationFailed([{ field: 'madeOn', reason: 'madeOn is in the future' }]);
    return this.unitOfWork.run(async (em) => {
      await lockOpenCase(em, command.caseId);
      const id = randomUUID();
      const e = command.enquiry;
      await em.query(
        `INSERT INTO case_enquiries (id, case_id, enquiry, made_on, result, note, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, command.caseId, e.enquiry, e.madeOn, e.result, e.note ?? null, command.staff.staffId, now],
      );
      return { id };
    });
  }
}
