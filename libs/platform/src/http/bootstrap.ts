import { INestApplication, NestApplicationOptions, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ServiceConfig, trustProxySetting } from '../config';
import { Readiness } from '../health/readiness';
import { ServiceLifecycle } from '../lifecycle';
import { correlationMiddleware } from './correlation.middleware';
import { HttpIntake } from './http-intake';
import { createValidationPipe } from './validation';

export interface ServiceDescription {
  title: string;
  description: string;
  /** Lets an app add its own HTTP setup (body limits, auth schemes in the docs). */
  configure?: (app: INestApplication) => void;
  documentBuilder?: (builder: DocumentBuilder) => DocumentBuilder;
}

/** A compiled module that can make the app: tests pass one with providers (the Clock) overridden. */
export interface ApplicationFactory {
  createNestApplication(options?: NestApplicationOptions): INestApplication;
}

export async function createService(
  appModule: Type<unknown>,
  description: ServiceDescription,
  compiled?: ApplicationFactory,
): Promise<INestApplication> {
  const options: NestApplicationOptions = { bufferLogs: true, cors: false };
  const app = compiled ? compiled.createNestApplication(options) : await NestFactory.create(appModule, options);
  app.useLogger(app.get(Logger));
  app.getHttpAdapter().getInstance().set('trust proxy', trustProxySetting(app.get(ServiceConfig).trustProxy));
  app.use(correlationMiddleware);
  app.use(helmet());
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  // Before Nest's own close (after every shutdown hook): requests in flight still find Postgres, Redis and the outbox.
  const intake = new HttpIntake(app.getHttpServer());
  const config = app.get(ServiceConfig);
  // Cut well before the step would time out, so the steps after it keep their time.
  app.get(ServiceLifecycle).onStop('stop http intake', () => intake.stop(Math.min(config.shutdownHttpDrainMs, config.shutdownStepTimeoutMs / 2)), 'intake');
  description.configure?.(app);
  const builder = new DocumentBuilder().setTitle(description.title).setDescription(description.description).setVersion('1');
  const document = SwaggerModule.createDocument(app, (description.documentBuilder?.(builder) ?? builder).build());
  documentUnauthenticatedLimit(document);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}

/** Starts a service process; a bad configuration ends it at once with the variable named. */
export async function bootstrapService(appModule: Type<unknown>, description: ServiceDescription): Promise<void> {
  try {
    const app = await createService(appModule, description);
    const config = app.get(ServiceConfig);
    await app.listen(config.port, config.host);
    app.get(Readiness).markStarted();
  } catch (error) {
    process.stderr.write(`${description.title} failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

/** Every operation that can answer 401 can answer 429 too: see UnauthenticatedLimit. */
function documentUnauthenticatedLimit(document: OpenAPIObject): void {
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path) as { responses?: Record<string, unknown> }[]) {
      if (!operation?.responses?.['401'] || operation.responses['429']) continue;
      operation.responses['429'] = {
        description:
          'Too many requests without valid credentials from this address (UNAUTHENTICATED_LIMIT_PER_IP per UNAUTHENTICATED_LIMIT_WINDOW_SECONDS): ' +
          '`Retry-After` gives the seconds until the window ends. A request with a valid key or token is still served.',
        headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } },
      };
    }
  }
}
