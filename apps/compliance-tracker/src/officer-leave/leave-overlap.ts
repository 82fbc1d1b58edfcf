import { ConflictException } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * 409 when the officer has other leave (not cancelled) overlapping the period. Locks the
 * officer's row first, so two overlapping periods recorded or moved at once cannot both pass.
 */
export async function refuseOverlappingLeave(
  em: EntityManager,
  officer: { id: string; username: string },
  period: { startsAt: Date; endsAt: Date },
  exceptLeaveId: string | null = null,
): Promise<void> {
  await em.query(`SELECT id FROM officers WHERE id = $1 FOR UPDATE`, [officer.id]);
  const [overlap] = (await em.query(
    `SELECT id FROM officer_leave
      WHERE officer_id = $1 AND starts_at < $3 AND ends_at > $2 AND cancelled_at IS NULL AND id IS DISTINCT FROM $4
      LIMIT 1`,
    [officer.id, period.startsAt, period.endsAt, exceptLeaveId],
  )) as { id: string }[];
  if (overlap) throw new ConflictException({ statusCode: 409, error: 'Conflict', message: `${officer.username} already has leave ${overlap.id} in that period`, leaveId: overlap.id });
}
