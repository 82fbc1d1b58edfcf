import 'reflect-metadata';
import { Clock } from '@homeward/contracts';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { OfficersCliModule } from './officers-cli.module';
import { CreateOfficer, CreateOfficerCommand } from '../staff-auth/create-officer';
import { DisableOfficer, DisableOfficerCommand } from '../staff-auth/disable-officer';
import { ListOfficers } from '../staff-auth/list-officers';
import { SetOfficerPassword, SetOfficerPasswordCommand } from '../staff-auth/set-officer-password';

const CLI = 'node dist/apps/compliance-tracker/src/cli/officers.js';
const USAGE = [
  'usage:',
  `  ${CLI} create --username <name> --role <CMO|MANAGER|READ_ONLY|PROTOCOL_ADMIN> [--display-name "<name>"] [--password-stdin]`,
  `         [--ladder-role <TEAM_MANAGER|SERVICE_MANAGER|none>]   (a manager's rung of the escalation ladder, one manager each)`,
  `  ${CLI} set-password --username <name>      (the password on stdin)`,
  `  ${CLI} disable --username <name>`,
  `  ${CLI} list`,
].join('\n');

/** The password piped in (`printf '%s' "$PW" | …`); one trailing newline is the shell's, not the password's. */
async function passwordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new Error('pipe the password in on stdin, e.g. printf %s "$PASSWORD" | ...');
  let input = '';
  for await (const chunk of process.stdin) input += String(chunk);
  return input.replace(/\r?\n$/, '');
}

/**
 * Ops commands for the staff directory; each prints JSON lines (a created officer's key is shown
 * only this once). Boots the app without HTTP, so it runs beside the service.
 */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { username: { type: 'string' }, role: { type: 'string' }, 'display-name': { type: 'string' }, 'password-stdin': { type: 'boolean' }, 'ladder-role': { type: 'string' } },
  });
  // Input is checked before the app boots: a typo answers at once, touching nothing.
  const run = await (async (): Promise<((app: INestApplicationContext) => Promise<unknown[]>) | undefined> => {
    switch (positionals[0]) {
      case 'create': {
        const password = values['password-stdin'] ? await passwordFromStdin() : undefined;
        const command = CreateOfficerCommand.create({ username: values.username, role: values.role, displayName: values['display-name'], password, ladderRole: values['ladder-role'] });
        return async (app) => [await app.get(CreateOfficer).execute(command)];
      }
      case 'set-password': {
        const command = SetOfficerPasswordCommand.create({ username: values.username, password: await passwordFromStdin() });
        return async (app) => [await app.get(SetOfficerPassword).execute(command)];
      }
      case 'disable':
        return async (app) => [await app.get(DisableOfficer).execute(DisableOfficerCommand.create({ username: values.username, clock: app.get(Clock) }))];
      case 'list':
        return (app) => app.get(ListOfficers).execute();
      default:
        return undefined;
    }
  })();
  if (!run) throw new Error(USAGE);
  const app = await NestFactory.createApplicationContext(OfficersCliModule, { logger: ['error'] });
  try {
    for (const line of await run(app)) process.stdout.write(`${JSON.stringify(line)}\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
