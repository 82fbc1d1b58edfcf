import 'reflect-metadata';
import { bootstrapService } from '@homeward/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule, {
  title: 'Homeward protocol-engine',
  description: "Applies the safeguarding board's protocol to each notification: children, episodes and decisions.",
});
