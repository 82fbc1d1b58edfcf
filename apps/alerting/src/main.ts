import 'reflect-metadata';
import { bootstrapService } from '@homeward/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule, {
  title: 'Homeward alerting',
  description: 'Tells the right people when a child is at high risk or a deadline slips.',
  documentBuilder: (b) =>
    b.addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: "A staff token from compliance-tracker's POST /v1/staff/token" }),
});
