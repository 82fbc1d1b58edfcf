import { Matches } from 'class-validator';

/**
 * TRUST_PROXY, Express's `trust proxy`: whose X-Forwarded-For names the client address (the
 * per-address limits count it). `false` (the socket's address) unless a proxy is in front: its
 * hop count (`1`), or addresses and subnets (`loopback`, `uniquelocal`, `10.0.0.0/8`,
 * comma-separated). Name only what really sits in front: anyone else it lets choose their address.
 */
export const IsTrustProxy = (): PropertyDecorator =>
  Matches(/^(false|true|\d{1,2}|[0-9a-zA-Z.:/]+(\s*,\s*[0-9a-zA-Z.:/]+)*)$/, {
    message: 'must be false, true, a hop count, or comma-separated addresses, subnets or loopback/linklocal/uniquelocal',
  });

/** TRUST_PROXY as Express takes it: a flag, a hop count, or the trusted addresses. */
export function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}
