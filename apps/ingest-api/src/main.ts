import 'reflect-metadata';
import { bootstrapService } from '@homeward/platform';
import { AppModule } from './app.module';
import { ingestService } from './ingest-service';

void bootstrapService(AppModule, ingestService);
