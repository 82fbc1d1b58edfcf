import { configureBodyLimits, type ServiceDescription } from '@homeward/platform';
import { IngestConfig } from './ingest.config';

/** How ingest-api presents itself; main.ts and the in-process tests boot it the same way. */
export const ingestService: ServiceDescription = {
  title: 'Homeward ingest-api',
  description:
    'Receives police missing, risk-update and found notifications for children. One API key per force; ' +
    'errors answer `{ statusCode, error, message, problems: [{ field, reason }] }`.',
  configure: (app) => configureBodyLimits(app, app.get(IngestConfig).maxBodyBytes),
  documentBuilder: (b) => b.addBearerAuth({ type: 'http', scheme: 'bearer', description: "The force's API key" }),
};
