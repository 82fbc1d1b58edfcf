import { isPublicAddress } from './webhook-addresses';

describe('which addresses a webhook may reach', () => {
  it.each(['8.8.8.8', '151.101.0.81', '2a00:1450:4009:81f::200e', '::ffff:8.8.8.8'])('given the public address %s, then it may', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each([
    ['loopback', '127.0.0.1'], ['loopback, far end', '127.255.255.254'], ['IPv6 loopback', '::1'], ['unspecified', '0.0.0.0'], ['unspecified IPv6', '::'],
    ['private 10/8', '10.1.2.3'], ['private 172.16/12', '172.31.255.1'], ['private 192.168/16', '192.168.0.10'], ['carrier NAT', '100.64.0.1'],
    ['link-local (cloud metadata)', '169.254.169.254'], ['IPv6 link-local', 'fe80::1'], ['IPv6 unique local', 'fd12:3456::1'], ['multicast', '224.0.0.1'],
    ['IPv4-mapped loopback', '::ffff:127.0.0.1'], ['IPv4-mapped private, in hex', '::ffff:a00:1'], ['NAT64 of metadata', '64:ff9b::169.254.169.254'],
    ['documentation', '192.0.2.1'], ['not an address', 'localhost'],
  ])('given %s (%s), then it may not', (_, address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
});
