import 'reflect-metadata';
import { bootstrapService, STAFF_TOKEN_SCHEME } from '@homeward/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule, {
  title: 'Homeward protocol-engine',
  description:
    "Applies the safeguarding board's protocol to each notification: children, episodes and decisions. Protocol versions are data: drafts, activation from an instant, what-if replay. Staff read children's records with a staff token; each read is recorded.",
  documentBuilder: (b) =>
    b
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'A protocol admin key (PROTOCOL_ADMIN_KEYS): it names the admin in the audit trail' })
      .addBearerAuth(
        { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: "A staff token from compliance-tracker's POST /v1/staff/sessions or /v1/staff/token: its role decides what it may read" },
        STAFF_TOKEN_SCHEME,
      ),
});
