import type { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type OpsCommands<V> = Record<string, (app: INestApplicationContext, values: V) => Promise<unknown[]>>;

/**
 * An ops command line (`npm run keys -- create --force NOTTS`): the first word picks the command,
 * the module gives its use cases (never a Kafka consumer), and each result is printed as one JSON
 * line, so scripts can read it. Any failure prints its message (with the usage when the command
 * is unknown) and exits 1.
 */
export function runOpsCli<V>(module: Type<unknown>, cli: { usage: string; options: NonNullable<ParseArgsConfig['options']>; commands: OpsCommands<V> }): void {
  const main = async () => {
    const { positionals, values } = parseArgs({ allowPositionals: true, options: cli.options });
    const command = cli.commands[positionals[0] ?? ''];
    if (!command) throw new Error(cli.usage);
    const app = await NestFactory.createApplicationContext(module, { logger: ['error'] });
    try {
      for (const line of await command(app, values as V)) process.stdout.write(`${JSON.stringify(line)}\n`);
    } finally {
      await app.close();
    }
  };
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
