import { spawn } from 'node:child_process';

export interface CliRun {
  /** The exit code (null when a signal ended it). */
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a built ops CLI (`dist/apps/<app>/src/cli/<script>.js`, so `npm run build` first) as an
 * operator would, with the test environment's env and what it reads on stdin; resolves with its
 * exit code and output however it ends, so a test can assert a refusal's exit code and message.
 */
export function runBuiltCli(app: string, script: string, args: string[], env: Record<string, string | undefined>, stdin = ''): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`dist/apps/${app}/src/cli/${script}.js`, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** The CLIs print one JSON object a line. */
export const jsonLines = (stdout: string): Record<string, unknown>[] => stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
