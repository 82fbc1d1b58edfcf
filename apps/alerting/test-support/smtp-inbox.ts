import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  /** The message as sent, quoted-printable decoded so a soft line break cannot hide a name from a scan. */
  raw: string;
  messageId: string | null;
}

/**
 * A real SMTP server for tests (npm smtp-server). A message counts as delivered only once the
 * server has answered 250, as a real MTA would. `hold()` makes it keep the next messages
 * unanswered until `release()`, to catch a sender mid-conversation.
 */
export class SmtpInbox {
  readonly messages: ReceivedMail[] = [];
  private held: (() => void)[] = [];
  private holding = false;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const accept = () => {
          const raw = decodeQuotedPrintable(Buffer.concat(chunks).toString('utf8'));
          this.messages.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, messageId: /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? null });
          callback();
        };
        if (this.holding) this.held.push(accept);
        else accept();
      });
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((m) => m.to.includes(address));
  }

  get pendingCount(): number {
    return this.held.length;
  }

  hold(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
    for (const accept of this.held.splice(0)) accept();
  }

  close(): Promise<void> {
    this.release();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function decodeQuotedPrintable(text: string): string {
  return text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
