import 'reflect-metadata';
import { bootstrapService } from '@homeward/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule, {
  title: 'Homeward ingest-api',
  description: 'Receives police missing, risk-update and found notifications for children.',
  documentBuilder: (b) => b.addBearerAuth({ type: 'http', scheme: 'bearer', description: "The force's API key" }),
});
