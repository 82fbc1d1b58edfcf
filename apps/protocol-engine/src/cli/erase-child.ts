import 'reflect-metadata';
import { Correlation } from '@homeward/platform';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { EraseChild, EraseChildCommand } from '../child-erasures/erase-child';
import { EraseChildCliModule } from './erase-child-cli.module';

const USAGE = 'usage: npm run erase-child -- --child <child id> --requested-by <staff username> --reason "<DPO reference>"';

/**
 * Erases one child's personal data on a data protection request (README: "Erasing one child's
 * personal data"). Prints one JSON line: the erasure's id and counts. Runs beside the service.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { child: { type: 'string' }, 'requested-by': { type: 'string' }, reason: { type: 'string' } } });
  // Checked before the app boots: a typo answers at once, touching nothing.
  const command = (() => {
    try {
      return EraseChildCommand.create({ childId: values.child, requestedBy: values['requested-by'], reason: values.reason, correlationId: Correlation.currentOrNew() });
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${USAGE}`);
    }
  })();
  const app = await NestFactory.createApplicationContext(EraseChildCliModule, { logger: ['error'] });
  try {
    const { outcome, erasure } = await app.get(EraseChild).execute(command);
    if (outcome === 'ALREADY_ERASED') {
      process.stderr.write(`child ${erasure.childId} was already erased on ${new Date(erasure.erasedAt).toISOString()} (erasure ${erasure.erasureId}): nothing done\n`);
    }
    process.stdout.write(`${JSON.stringify({ outcome, ...erasure })}\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
