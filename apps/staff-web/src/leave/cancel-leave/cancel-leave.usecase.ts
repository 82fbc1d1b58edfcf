import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ApiProblem } from '../../data/api-errors';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';

/** Cancels a leave once the person has confirmed; one that had already ended or been cancelled is said so, not an error page. */
@Injectable()
export class CancelLeave {
  constructor(private readonly tracker: ComplianceTrackerClient) {}

  async execute(input: { user: SessionUser; id: string }): Promise<{ cancelled: boolean; underWay: boolean }> {
    try {
      const leave = await this.tracker.cancelLeave(input.user.token, input.id);
      // Cancelled during the leave, it ended then; before its start, nothing moved.
      return { cancelled: true, underWay: Date.parse(leave.startsAt) <= Date.parse(leave.cancelledAt ?? '') };
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409) return { cancelled: false, underWay: false };
      throw error;
    }
  }
}
