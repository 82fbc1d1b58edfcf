import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { ServiceConfig } from '../config';
import { Correlation } from './correlation';
import { REDACTED_PATHS } from './redaction';

/** Structured JSON logs with personal data redacted and the correlation id on every line. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ServiceConfig],
      useFactory: (config: ServiceConfig) => ({
        forRoutes: [{ path: '*path', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.logLevel,
          redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
          mixin: () => ({ correlationId: Correlation.current() }),
          genReqId: (req: IncomingMessage) => Correlation.current() ?? String(req.headers[Correlation.header] ?? ''),
          // Requests are logged by method, route and outcome: never bodies or query strings.
          serializers: {
            req: (req: { method: string; url: string; id: string }) => ({ method: req.method, path: req.url.split('?')[0], id: req.id }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          autoLogging: { ignore: (req: IncomingMessage) => /^\/(health|metrics)/.test(req.url ?? '') },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
