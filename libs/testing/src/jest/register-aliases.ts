/**
 * Jest loads globalSetup/globalTeardown outside its module system, so moduleNameMapper
 * does not apply there. This gives that one process the same `@homeward/<lib>` aliases
 * (tools/local-stack imports @homeward/contracts). Import it before anything else.
 */
import * as fs from 'node:fs';
import Module = require('node:module');
import * as path from 'node:path';

const libs = path.resolve(__dirname, '..', '..', '..');
type Resolve = (request: string, ...rest: unknown[]) => string;
const mod = Module as unknown as { _resolveFilename: Resolve };
const original = mod._resolveFilename;

mod._resolveFilename = function (request: string, ...rest: unknown[]) {
  const match = /^@homeward\/([a-z-]+)$/.exec(request);
  const target =
    match && (match[1] === 'local-stack' ? path.join(libs, '..', 'tools', 'local-stack', 'index.ts') : path.join(libs, match[1], 'src', 'index.ts'));
  return original.call(this, target && fs.existsSync(target) ? target : request, ...rest);
};
