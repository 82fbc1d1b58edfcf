import { hashPassword, verifyPassword } from './password-hash';

describe('officer passwords (scrypt)', () => {
  it('given a password hashed, then that password verifies and any other does not', async () => {
    const stored = await hashPassword('correct horse battery staple');
    await expect(verifyPassword('correct horse battery staple', stored)).resolves.toBe(true);
    await expect(verifyPassword('correct horse battery stapler', stored)).resolves.toBe(false);
    await expect(verifyPassword('', stored)).resolves.toBe(false);
  });

  it('keeps neither the password nor anything reversible: the stored form is scrypt, its parameters, a salt and a 64-byte key', async () => {
    const stored = await hashPassword('homeward-dev-password');
    expect(stored).not.toContain('homeward');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{86}$/);
  });

  it('salts each hash on its own, so two officers with one password have different hashes', async () => {
    const [a, b] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
    expect(a).not.toBe(b);
    await expect(verifyPassword('same password', b)).resolves.toBe(true);
  });

  it('verifies against the parameters a hash names, so raising the cost later keeps old passwords working', async () => {
    const cheaper = await hashPassword('set last year', { N: 2 ** 14, r: 8, p: 1 });
    expect(cheaper.startsWith('scrypt$16384$8$1$')).toBe(true);
    await expect(verifyPassword('set last year', cheaper)).resolves.toBe(true);
  });

  it('treats the same text in another Unicode form as the same password', async () => {
    const stored = await hashPassword('caf\u00e9 au lait');
    await expect(verifyPassword('cafe\u0301 au lait', stored)).resolves.toBe(true);
  });

  it.each(['', 'plain-text', 'scrypt$x$8$1$abc$def', 'bcrypt$2$8$1$abc$def', 'scrypt$16384$8$1$c2FsdA$c2hvcnQ'])('matches nothing against a malformed stored hash %j', async (stored) => {
    await expect(verifyPassword('anything', stored)).resolves.toBe(false);
  });
});
