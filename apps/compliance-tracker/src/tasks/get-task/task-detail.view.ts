import type { DeadlineRule } from '@homeward/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TaskView } from '../task.view';

export class TaskDetailView extends TaskView {
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'How the deadline was reckoned, e.g. { unit: "CLOCK_HOURS", amount: 72 }; null for a CME task, whose deadline education-referrals gave (school days on its term dates)' })
  deadlineRule: DeadlineRule | null;
  @ApiProperty({ format: 'date-time', description: 'The instant the deadline counts from (found time for a return interview; for a CME task, when the work was asked for)' }) anchorAt: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: "The return interview's summary: present only for CMO and MANAGER officers (null until recorded), absent for other roles",
  })
  outcomeSummary?: string | null;
}
