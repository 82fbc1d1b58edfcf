import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DestinationStream } from 'pino';
import { ServiceConfig } from '../config';
import { Correlation } from './correlation';
import { LOG_REDACTION } from './redaction';

/**
 * Where a service's log lines go. Null (the default) is pino's own: stdout. A test that must
 * read what a service logs, such as the personal-data scans, overrides this provider with a
 * stream of its own: `startServiceInProcess(AppModule, env, { overrides: [{ provide: LogDestination, useValue: stream }] })`.
 */
export const LogDestination = Symbol('LogDestination');
export type LogDestination = DestinationStream | null;

/** Structured JSON logs with personal data redacted and the correlation id on every line. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      providers: [{ provide: LogDestination, useValue: null }],
      inject: [ServiceConfig, LogDestination],
      useFactory: (config: ServiceConfig, destination: LogDestination) => {
        const options = {
          level: config.logLevel,
          ...LOG_REDACTION,
          mixin: () => ({ correlationId: Correlation.current() }),
          genReqId: (req: IncomingMessage) => Correlation.current() ?? String(req.headers[Correlation.header] ?? ''),
          // Requests are logged by method, route and outcome: never bodies or query strings.
          serializers: {
            req: (req: { method: string; url: string; id: string }) => ({ method: req.method, path: req.url.split('?')[0], id: req.id }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          autoLogging: { ignore: (req: IncomingMessage) => /^\/(health|metrics)/.test(req.url ?? '') },
          // Successful requests at debug: at info they were a line per request on every hot path.
          // Refusals (4xx) stay at info: the caller's mistake, not the service's.
          customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
            error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug',
        };
        return {
          forRoutes: [{ path: '*path', method: RequestMethod.ALL }],
          pinoHttp: destination ? ([options, destination] as const) : options,
        };
      },
    }),
  ],
})
export class LoggingModule {}
