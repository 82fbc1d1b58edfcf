import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { CreateApiKey } from '../api-keys/create-api-key';
import { AppModule } from '../app.module';

const USAGE = 'usage: npm run keys -- create --force <FORCE-CODE> [--label <text>]';

/** Ops command for police forces' API keys; prints one JSON line per result. */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { force: { type: 'string' }, label: { type: 'string' } },
  });
  if (positionals[0] !== 'create' || !values.force) throw new Error(USAGE);
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error'] });
  try {
    const created = await app.get(CreateApiKey).execute({ force: values.force, label: values.label ?? 'created by ops' });
    process.stdout.write(`${JSON.stringify(created)}\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
