import 'reflect-metadata';
import { bootstrapService } from '@homeward/platform';
import { AppModule } from './app.module';
import { educationService } from './education-service';

void bootstrapService(AppModule, educationService);
