import 'reflect-metadata';
import { bootstrapService } from '@homeward/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule, {
  title: 'Homeward protocol-engine',
  description:
    "Applies the safeguarding board's protocol to each notification: children, episodes and decisions. Protocol versions are data: drafts, activation from an instant, what-if replay.",
  documentBuilder: (b) => b.addBearerAuth({ type: 'http', scheme: 'bearer', description: 'A protocol admin key (PROTOCOL_ADMIN_KEYS): it names the admin in the audit trail' }),
});
