import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { DeadlineRule } from '@homeward/contracts';
import { computeDeadline, formatLondon } from './index';

describe('computeDeadline: applies a protocol deadline rule to its anchor instant', () => {
  describe('given a return interview rule of 72 clock hours (worked example 6)', () => {
    it('when the child is found on 3 October 2026 at 09:00, then the interview is due 6 October at 09:00', () => {
      const rule: DeadlineRule = { unit: 'CLOCK_HOURS', amount: 72 };

      expect(formatLondon(computeDeadline(rule, new Date('2026-10-03T08:00:00Z')))).toBe('2026-10-06T09:00:00+01:00');
    });
  });

  describe('given a strategy discussion rule of 24 clock hours', () => {
    it('when a HIGH risk report arrives at 15:00 on Saturday 28 March 2026, then it is due 24 hours later, 16:00 BST on Sunday', () => {
      const rule: DeadlineRule = { unit: 'CLOCK_HOURS', amount: 24 };

      expect(formatLondon(computeDeadline(rule, new Date('2026-03-28T15:00:00Z')))).toBe('2026-03-29T16:00:00+01:00');
    });
  });

  describe('given a persistent-missing meeting rule of 10 working days', () => {
    it('when triggered on Wednesday 23 December 2026 at 10:00, then the meeting is due Monday 11 January 2027 at 10:00', () => {
      const rule: DeadlineRule = { unit: 'WORKING_DAYS', amount: 10 };

      expect(formatLondon(computeDeadline(rule, new Date('2026-12-23T10:00:00Z')))).toBe('2027-01-11T10:00:00+00:00');
    });
  });

  describe('given a placed-in notification rule of 1 working day', () => {
    it('when the child goes missing on Friday 16 September 2022 at 17:00, then the notice is due Tuesday 20 September at 17:00', () => {
      const rule: DeadlineRule = { unit: 'WORKING_DAYS', amount: 1 };

      expect(formatLondon(computeDeadline(rule, new Date('2022-09-16T16:00:00Z')))).toBe('2022-09-20T17:00:00+01:00');
    });
  });

  describe('given a malformed rule', () => {
    it('when the amount is negative, then it is rejected', () => {
      expect(() => computeDeadline({ unit: 'CLOCK_HOURS', amount: -1 }, new Date())).toThrow(RangeError);
    });

    it('when the unit is unknown, then it is rejected', () => {
      const rule = { unit: 'FORTNIGHTS', amount: 1 } as unknown as DeadlineRule;

      expect(() => computeDeadline(rule, new Date())).toThrow(RangeError);
    });
  });
});

describe('the deadlines library stays pure', () => {
  it('given its source files, then none imports a framework, database, queue or broker client', () => {
    const forbidden = /from '(@nestjs\/|typeorm|pg|bullmq|ioredis|kafkajs)/;
    const sources = readdirSync(__dirname).filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'));

    expect(sources.length).toBeGreaterThan(0);
    for (const file of sources) {
      expect({ file, pure: !forbidden.test(readFileSync(join(__dirname, file), 'utf8')) }).toEqual({ file, pure: true });
    }
  });
});
