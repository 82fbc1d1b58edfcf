import { Injectable } from '@nestjs/common';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { AlertingConfig } from '../../alerting.config';
import { isPublicAddress } from './webhook-addresses';

/** Name resolution, a port so tests can give a name the addresses an attacker's DNS would. */
export abstract class WebhookResolver {
  abstract resolve(hostname: string): Promise<{ address: string; family: number }[]>;
}

@Injectable()
export class SystemWebhookResolver extends WebhookResolver {
  resolve(hostname: string): Promise<{ address: string; family: number }[]> {
    return dnsLookup(hostname, { all: true, verbatim: true });
  }
}

export class WebhookTargetRefused extends Error {}

/**
 * Where a webhook may go: an https URL whose every address is public, checked when the
 * subscription is made and again on each delivery, at the connection itself (see `lookup`), so
 * a name that later resolves to an inside address (DNS rebinding) gains nothing.
 * WEBHOOK_ALLOW_PRIVATE_TARGETS (refused in production) lets tests and local development use
 * a plain-http stub on loopback.
 */
@Injectable()
export class WebhookTargets {
  constructor(
    private readonly config: AlertingConfig,
    private readonly resolver: WebhookResolver,
  ) {}

  /** Why the URL may not receive webhooks, or null when it may. */
  async refusal(url: string): Promise<string | null> {
    try {
      const target = this.parse(url);
      if (!this.config.webhookAllowPrivateTargets) await this.addressesOf(target.hostname);
      return null;
    } catch (error) {
      if (error instanceof WebhookTargetRefused) return error.message;
      throw error;
    }
  }

  /** The URL, once its scheme and any address literal in it are allowed; names are checked by `lookup`. */
  parse(url: string): URL {
    const target = new URL(url);
    const plainAllowed = this.config.webhookAllowPrivateTargets && target.protocol === 'http:';
    if (target.protocol !== 'https:' && !plainAllowed) throw new WebhookTargetRefused('must be an https URL');
    if (target.username || target.password) throw new WebhookTargetRefused('must not carry a user name or password');
    const literal = target.hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal) && !this.config.webhookAllowPrivateTargets && !isPublicAddress(literal)) {
      throw new WebhookTargetRefused(`${literal} is not a public address`);
    }
    return target;
  }

  /** For http(s).request: resolves the name and connects only to an address just checked. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    this.addressesOf(hostname).then(
      (addresses) => {
        const usable = addresses.filter((a) => !options.family || a.family === options.family);
        if (usable.length === 0) return callback(new WebhookTargetRefused(`${hostname} has no usable address`), '', 4);
        if (options.all) return (callback as unknown as (e: null, a: typeof usable) => void)(null, usable);
        callback(null, usable[0].address, usable[0].family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, '', 4),
    );
  };

  private async addressesOf(hostname: string): Promise<{ address: string; family: number }[]> {
    const addresses = await this.resolver.resolve(hostname).catch(() => {
      throw new WebhookTargetRefused(`${hostname} does not resolve`);
    });
    if (this.config.webhookAllowPrivateTargets) return addresses;
    const inside = addresses.filter((a) => !isPublicAddress(a.address));
    if (addresses.length === 0 || inside.length > 0) throw new WebhookTargetRefused(`${hostname} resolves to an address that is not public`);
    return addresses;
  }
}
