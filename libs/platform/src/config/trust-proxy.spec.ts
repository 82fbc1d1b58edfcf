import { Env } from './env.decorator';
import { loadConfig } from './load-config';
import { IsTrustProxy, trustProxySetting } from './trust-proxy';

class ProxyConfig {
  @Env('TRUST_PROXY') @IsTrustProxy()
  trustProxy: string = 'false';
}

describe('TRUST_PROXY: whose X-Forwarded-For names the client address', () => {
  it('given a flag, a hop count or addresses, when read, then Express gets a boolean, a number or the list as given', () => {
    expect(['false', 'true', '1', 'loopback', '172.29.104.10', 'loopback, 10.0.0.0/8'].map(trustProxySetting)).toEqual([false, true, 1, 'loopback', '172.29.104.10', 'loopback, 10.0.0.0/8']);
  });

  it('given anything else, when the config loads, then it is refused naming the variable', () => {
    expect(loadConfig(ProxyConfig, { TRUST_PROXY: 'uniquelocal,172.29.104.10' }).trustProxy).toBe('uniquelocal,172.29.104.10');
    expect(loadConfig(ProxyConfig, {}).trustProxy).toBe('false');
    for (const bad of ['every proxy', '10.0.0.1;rm', '']) expect(() => loadConfig(ProxyConfig, { TRUST_PROXY: bad })).toThrow('TRUST_PROXY');
  });
});
