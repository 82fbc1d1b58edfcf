import 'reflect-metadata';
import { bootstrapService } from '@homeward/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule, {
  title: 'Homeward compliance-tracker',
  description: "The Children Missing Officer's queue: tasks, statutory deadlines, outcomes and compliance; the staff directory that signs staff tokens.",
  documentBuilder: (b) => b.addBearerAuth({ type: 'http', scheme: 'bearer', description: "The officer's own key (hwo_...) or a staff token (from POST /v1/staff/sessions, /oidc-sessions or /token)" }),
});
