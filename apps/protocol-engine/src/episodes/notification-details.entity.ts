import type { NotificationReceivedV1 } from '@homeward/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Where the child was last seen or found, and how the return went, from one applied
 * notification. Personal data: kept here beside the child, never in applied_notifications
 * (replayable, deliberately non-personal) nor in any event.
 */
@Entity({ name: 'notification_details' })
export class NotificationDetails {
  @PrimaryColumn('text', { name: 'ingest_id' })
  ingestId: string;

  @Column('uuid', { name: 'child_id' })
  childId: string;

  @Column('uuid', { name: 'episode_id' })
  episodeId: string;

  @Column('text', { name: 'location_postcode', nullable: true })
  locationPostcode: string | null;

  @Column('text', { name: 'location_description', nullable: true })
  locationDescription: string | null;

  @Column('text', { name: 'returned_to', nullable: true })
  returnedTo: string | null;

  @Column('text', { name: 'found_by', nullable: true })
  foundBy: string | null;

  @Column('timestamptz', { name: 'safe_and_well_check_at', nullable: true })
  safeAndWellCheckAt: Date | null;

  @Column('boolean', { name: 'harm_suffered', nullable: true })
  harmSuffered: boolean | null;
}

const instantOrNull = (iso: string | undefined): Date | null => {
  const at = iso === undefined ? NaN : Date.parse(iso);
  return Number.isNaN(at) ? null : new Date(at);
};

/** The row to keep for a notification, or null when it carries no location and no found details. */
export function notificationDetailsOf(
  n: Pick<NotificationReceivedV1, 'ingestId' | 'location' | 'found'>,
  ids: { childId: string; episodeId: string },
): NotificationDetails | null {
  const row: NotificationDetails = {
    ingestId: n.ingestId,
    ...ids,
    locationPostcode: n.location?.postcode ?? null,
    locationDescription: n.location?.description ?? null,
    returnedTo: n.found?.returnedTo ?? null,
    foundBy: n.found?.foundBy ?? null,
    safeAndWellCheckAt: instantOrNull(n.found?.safeAndWellCheckAt),
    harmSuffered: n.found?.harmSuffered ?? null,
  };
  const details = [row.locationPostcode, row.locationDescription, row.returnedTo, row.foundBy, row.safeAndWellCheckAt, row.harmSuffered];
  return details.some((v) => v !== null) ? row : null;
}
