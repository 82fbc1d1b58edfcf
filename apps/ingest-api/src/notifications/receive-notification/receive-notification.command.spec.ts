import { BadRequestException } from '@nestjs/common';
import { validNotification } from '../../../test-support/ingest-kit';
import type { NotificationDto } from '../notification.dto';
import { ReceiveNotificationCommand } from './receive-notification.command';

const NOW = new Date('2026-06-02T12:00:00Z');

function problemsOf(over: Partial<NotificationDto>): { field: string; reason: string }[] {
  const notification = { ...validNotification(), ...over } as unknown as NotificationDto;
  try {
    ReceiveNotificationCommand.create({ force: 'NOTTS', notification, correlationId: 'c', now: NOW, maxAgeDays: 366 });
    return [];
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    return (error.getResponse() as { problems: { field: string; reason: string }[] }).problems;
  }
}

describe('a notification against the clock and the child', () => {
  it('given an occurredAt within the year before receipt and after the birth, then it is accepted', () => {
    expect(problemsOf({ occurredAt: '2025-06-03T12:00:00Z' })).toEqual([]);
    expect(problemsOf({ occurredAt: '2026-06-02T12:04:00Z' })).toEqual([]);
  });

  it("given an occurredAt before the child's date of birth, then occurredAt is named", () => {
    const child = { givenName: 'A', familyName: 'B', dateOfBirth: '2026-01-10' };
    expect(problemsOf({ child, occurredAt: '2026-01-09T23:00:00Z' })).toEqual([{ field: 'occurredAt', reason: "occurredAt is before the child's date of birth" }]);
    expect(problemsOf({ child, occurredAt: '2026-01-10T08:00:00Z' })).toEqual([]);
  });

  it('given an occurredAt more than the configured days before receipt, then occurredAt is named', () => {
    expect(problemsOf({ occurredAt: '2025-06-01T11:00:00Z' })).toEqual([{ field: 'occurredAt', reason: 'occurredAt is more than 366 days before receipt' }]);
  });

  it('given an occurredAt more than 5 minutes ahead, then occurredAt is named', () => {
    expect(problemsOf({ occurredAt: '2026-06-02T12:06:00Z' })).toEqual([{ field: 'occurredAt', reason: 'occurredAt is more than 5 minutes in the future' }]);
  });
});
