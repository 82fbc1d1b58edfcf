import { InvalidConfigurationError, loadConfig } from '@homeward/platform';
import { AlertingConfig } from './alerting.config';

const valid = {
  DATABASE_URL: 'postgres://homeward@127.0.0.1:5432/homeward',
  REDIS_URL: 'redis://127.0.0.1:6379',
  KAFKA_BROKERS: '127.0.0.1:9092',
  STAFF_TOKEN_SECRET: 'a-real-secret-from-the-secret-store-0123456789',
};

describe("alerting's configuration of the weekly report's mailing, validated at boot", () => {
  it('given nothing set, the mailing is off, and would go on Mondays at 08:00 linking to the local staff-web', () => {
    const config = loadConfig(AlertingConfig, valid);
    expect(config.weeklyReportRecipients).toEqual([]);
    expect([config.weeklyReportDay, config.weeklyReportTime, config.staffWebPublicUrl]).toEqual(['MONDAY', '08:00', 'http://localhost:3004']);
  });

  it('given a list of addresses, a day and a time, reads them typed (an empty list is off too)', () => {
    const config = loadConfig(AlertingConfig, {
      ...valid,
      WEEKLY_REPORT_RECIPIENTS: ' director@council.example.gov.uk, senior.manager@council.example.gov.uk ',
      WEEKLY_REPORT_DAY: 'TUESDAY',
      WEEKLY_REPORT_TIME: '07:30',
      STAFF_WEB_PUBLIC_URL: 'https://homeward.council.example.gov.uk',
    });
    expect(config.weeklyReportRecipients).toEqual(['director@council.example.gov.uk', 'senior.manager@council.example.gov.uk']);
    expect([config.weeklyReportDay, config.weeklyReportTime, config.staffWebPublicUrl]).toEqual(['TUESDAY', '07:30', 'https://homeward.council.example.gov.uk']);
    expect(loadConfig(AlertingConfig, { ...valid, WEEKLY_REPORT_RECIPIENTS: '' }).weeklyReportRecipients).toEqual([]);
  });

  it.each([
    ['WEEKLY_REPORT_RECIPIENTS', 'director@council.example.gov.uk, the director', /WEEKLY_REPORT_RECIPIENTS: .*email/],
    ['WEEKLY_REPORT_RECIPIENTS', 'director@council.example.gov.uk,Director@council.example.gov.uk', /WEEKLY_REPORT_RECIPIENTS: must not name an address twice/],
    ['WEEKLY_REPORT_DAY', 'Mon', /WEEKLY_REPORT_DAY: /],
    ['WEEKLY_REPORT_TIME', '8am', /WEEKLY_REPORT_TIME: must be a time of day, HH:MM/],
    ['WEEKLY_REPORT_TIME', '24:00', /WEEKLY_REPORT_TIME: must be a time of day, HH:MM/],
    ['STAFF_WEB_PUBLIC_URL', 'homeward.council.example.gov.uk', /STAFF_WEB_PUBLIC_URL: must be an http\(s\) URL/],
  ])('given %s=%j, refuses to start naming the variable', (variable, value, reason) => {
    const attempt = () => loadConfig(AlertingConfig, { ...valid, [variable]: value });
    expect(attempt).toThrow(InvalidConfigurationError);
    expect(attempt).toThrow(reason);
  });
});
