import 'reflect-metadata';
import { type OpsCommands, runOpsCli } from '@homeward/platform';
import { ListSchoolKeys } from '../schools/list-school-keys';
import { RegisterSchool } from '../schools/register-school';
import { RevokeSchoolKey } from '../schools/revoke-school-key';
import { SchoolKeysCliModule } from './school-keys-cli.module';

const USAGE = `usage: npm run school-keys -- <command>
  create --urn <URN> --name <school's name>   registers the school if new and prints a new key once; only its hash is kept
  list   [--urn <URN>]                        keys with prefix and state, never the secret
  revoke --id <KEY-ID>                        stops a key at once`;

type Values = { urn?: string; name?: string; id?: string };

const commands: OpsCommands<Values> = {
  create: async (app, v) => [await app.get(RegisterSchool).execute({ urn: required(v.urn, '--urn'), name: required(v.name, '--name') })],
  list: (app, v) => app.get(ListSchoolKeys).execute({ urn: v.urn }),
  revoke: async (app, v) => [await app.get(RevokeSchoolKey).execute({ id: required(v.id, '--id') })],
};

function required(value: string | undefined, flag: string): string {
  if (!value) throw new Error(`${flag} is required\n${USAGE}`);
  return value;
}

/** Ops command for schools' keys; prints one JSON line per result. */
runOpsCli<Values>(SchoolKeysCliModule, { usage: USAGE, options: { urn: { type: 'string' }, name: { type: 'string' }, id: { type: 'string' } }, commands });
