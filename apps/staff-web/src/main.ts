import 'reflect-metadata';
import { Readiness } from '@homeward/platform';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { StaffWebConfig } from './staff-web.config';
import { configureWeb } from './web/configure-web';

/**
 * staff-web is a NestJS 11 app rendering Nunjucks, not a plain Express one, so it shares what
 * the services already have: the typed config loaded and validated at boot, pino logging with
 * the platform's redaction and correlation ids, the Readiness and Metrics pieces, DI for the API
 * clients and the Clock, and guards/filters as the one place roles and errors are handled.
 * Underneath it is still Express (app.getHttpAdapter()), so session, CSRF, helmet and
 * nunjucks are the same middleware the HMPPS template uses.
 */
export async function createStaffWeb(): Promise<INestApplication> {
  // Body parsing is ours (forms only), in the template's middleware order: see configureWeb.
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await configureWeb(app);
  return app;
}

async function main(): Promise<void> {
  try {
    const app = await createStaffWeb();
    const config = app.get(StaffWebConfig);
    await app.listen(config.port, config.host);
    app.get(Readiness).markStarted();
    process.once('SIGTERM', () => app.get(Readiness).markStopping());
  } catch (error) {
    process.stderr.write(`Homeward staff-web failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

if (require.main === module) void main();
