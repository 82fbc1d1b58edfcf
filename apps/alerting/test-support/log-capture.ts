import { Writable } from 'node:stream';

/**
 * Everything a service logs, line by line: given to the app as its LogDestination (platform
 * logging) in place of stdout, so a test can scan what the service wrote.
 */
export class LogCapture extends Writable {
  readonly lines: string[] = [];

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  }

  get text(): string {
    return this.lines.join('\n');
  }
}
