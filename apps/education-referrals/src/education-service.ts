import { configureBodyLimits, type ServiceDescription, STAFF_TOKEN_SCHEME } from '@homeward/platform';
import { EducationConfig } from './education.config';

/** How education-referrals presents itself; main.ts and the in-process tests boot it the same way. */
export const educationService: ServiceDescription = {
  title: 'Homeward education-referrals',
  description:
    "Children missing education: schools' deletion returns, new-pupil returns, absence and sickness notices, one key per school; " +
    "the CME cases they open, in the CMO's queue. Errors answer `{ statusCode, error, message, problems: [{ field, reason }] }`.",
  configure: (app) => configureBodyLimits(app, app.get(EducationConfig).maxBodyBytes),
  documentBuilder: (b) =>
    b
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: "The school's key (`npm run school-keys -- create --urn <URN> --name <name>`)" })
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: "A staff token from compliance-tracker's POST /v1/staff/token" }, STAFF_TOKEN_SCHEME),
};
