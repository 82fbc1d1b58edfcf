import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { AppModule } from '../app.module';
import { CreateOfficer, CreateOfficerCommand } from '../staff-auth/create-officer';

const USAGE = 'usage: node dist/apps/compliance-tracker/src/cli/officers.js create --username <name> --role <CMO|MANAGER|READ_ONLY>';

/** Ops command for officers' API keys; prints one JSON line with the key, shown only this once. */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { username: { type: 'string' }, role: { type: 'string' } },
  });
  if (positionals[0] !== 'create') throw new Error(USAGE);
  const command = CreateOfficerCommand.create({ username: values.username, role: values.role });
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error'] });
  try {
    process.stdout.write(`${JSON.stringify(await app.get(CreateOfficer).execute(command))}\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
