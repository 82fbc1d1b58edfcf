import 'reflect-metadata';
import { type OpsCommands, runOpsCli } from '@homeward/platform';
import { CreateApiKey } from '../api-keys/create-api-key';
import { ListApiKeys } from '../api-keys/list-api-keys';
import { RevokeApiKey } from '../api-keys/revoke-api-key';
import { RotateApiKey } from '../api-keys/rotate-api-key';
import { KeysCliModule } from './keys-cli.module';

const USAGE = `usage: npm run keys -- <command>
  create --force <FORCE-CODE> [--label <text>]           a new police force key; printed once, only its hash is kept
  create --authority <LA-CODE> [--label <text>]          a placing authority's key: it posts placement notices only
  list   [--force <FORCE-CODE>]                          keys with prefix and state, never the secret
  rotate --force <FORCE-CODE> | --authority <LA-CODE> [--overlap-hours <n>] [--label <text>]
                                                         a new key; the force's current keys expire after n hours (default 24)
  revoke --id <KEY-ID>                                   stops a key at once`;

type Values = { force?: string; authority?: string; label?: string; id?: string; 'overlap-hours'?: string };

/** `--authority` names a placing authority's key (placement notices only); `--force` a police force's. */
const holder = (v: Values) =>
  v.authority ? { force: v.authority, scope: 'PLACEMENT_NOTICES' as const } : { force: required(v.force, '--force or --authority'), scope: 'POLICE_NOTIFICATIONS' as const };

const commands: OpsCommands<Values> = {
  create: async (app, v) => [await app.get(CreateApiKey).execute({ ...holder(v), label: v.label ?? 'created by ops' })],
  list: (app, v) => app.get(ListApiKeys).execute({ force: v.force }),
  rotate: async (app, v) => [
    await app.get(RotateApiKey).execute({
      ...holder(v),
      overlapHours: v['overlap-hours'] === undefined ? 24 : Number(v['overlap-hours']),
      label: v.label ?? 'rotated by ops',
    }),
  ],
  revoke: async (app, v) => [await app.get(RevokeApiKey).execute({ id: required(v.id, '--id') })],
};

function required(value: string | undefined, flag: string): string {
  if (!value) throw new Error(`${flag} is required\n${USAGE}`);
  return value;
}

/** Ops command for police forces' API keys; prints one JSON line per result. */
runOpsCli<Values>(KeysCliModule, { usage: USAGE, options: { force: { type: 'string' }, authority: { type: 'string' }, label: { type: 'string' }, id: { type: 'string' }, 'overlap-hours': { type: 'string' } }, commands });
