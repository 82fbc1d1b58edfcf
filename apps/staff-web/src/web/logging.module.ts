import { Correlation, LOG_REDACTION } from '@homeward/platform';
import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { StaffWebConfig } from '../staff-web.config';

/**
 * pino with the platform's redaction and correlation ids, as the services log. Not the
 * platform's LoggingModule: that one injects ServiceConfig, which would demand a DATABASE_URL.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [StaffWebConfig],
      useFactory: (config: StaffWebConfig) => ({
        forRoutes: [{ path: '*path', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.logLevel,
          ...LOG_REDACTION,
          mixin: () => ({ correlationId: Correlation.current() }),
          genReqId: (req: IncomingMessage) => Correlation.current() ?? String(req.headers[Correlation.header] ?? ''),
          // Method, path and outcome only: query strings carry searches for children's names.
          serializers: {
            req: (req: { method: string; url: string; id: string }) => ({ method: req.method, path: req.url.split('?')[0], id: req.id }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          autoLogging: { ignore: (req: IncomingMessage) => /^\/(health|metrics|assets)/.test(req.url ?? '') },
          customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
            error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug',
        },
      }),
    }),
  ],
})
export class StaffWebLoggingModule {}
