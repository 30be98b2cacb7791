import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { hashCode, verifyCode } from './code-hash';
import { openCode, sealCode } from './code-sealing';
import { IDENTITY_HEADER, SIGNATURE_HEADER, type SignedOperation, signIdentity, verifyIdentityHeaders } from './identity-header';
import { DEFAULT_HASH_COST, hashCost, hashSecret, verifySecret } from './secret-hash';
import { createTokenVerifier, issueToken, verifyToken } from './tokens';

const secret = 's'.repeat(40);
const identity = { kind: 'terminal' as const, terminalId: 't1', companyId: 'c1', pointOfSaleId: 'p1', sessionId: randomUUID() };

describe('tokens', () => {
  test('round-trip, and refuse another secret or an expired token', () => {
    expect(verifyToken(issueToken(identity, secret, 60), secret)).toEqual(identity);
    expect(verifyToken(issueToken(identity, secret, 60), 'x'.repeat(40))).toBeNull();
    expect(verifyToken(issueToken(identity, secret, -1), secret)).toBeNull();
  });

  test('a token without an expiry or a session is refused, even signed with the right secret', () => {
    const claims = { kind: 'terminal', sub: 't1', cid: 'c1', pos: 'p1' };
    const sign = (extra: object, options: jwt.SignOptions) =>
      jwt.sign({ ...claims, ...extra }, secret, { algorithm: 'HS256', issuer: 'loyalty-platform', ...options });
    expect(verifyToken(sign({ sid: identity.sessionId }, {}), secret)).toBeNull();
    expect(verifyToken(sign({}, { expiresIn: 60 }), secret)).toBeNull();
    expect(verifyToken(sign({ sid: identity.sessionId }, { expiresIn: 60 }), secret)).toEqual(identity);
  });

  test('a verifier keeps a token it verified until the token expires, and keeps no refusal', () => {
    let now = Date.now() / 1000;
    const verify = createTokenVerifier(secret, { maxEntries: 2, nowSeconds: () => now });
    const token = issueToken(identity, secret, 60);
    expect(verify(token)).toEqual(identity);
    expect(verify(token)).toEqual(identity);
    // Another secret's token, or one altered, is refused each time it comes.
    const forged = issueToken(identity, 'x'.repeat(40), 60);
    expect(verify(forged)).toBeNull();
    expect(verify(forged)).toBeNull();
    expect(verify(`${token.slice(0, -2)}AA`)).toBeNull();
    // Past its expiry the kept token is refused, though its signature was checked before.
    now += 61;
    expect(verify(token)).toBeNull();
  });
});

describe('the gateway identity header', () => {
  test('verifies only the same request and operation, unaltered, within a minute', () => {
    const operation = { query: 'query($id: ID!) { member(id: $id) { id } }', variables: { id: 'm1' } };
    const headers = signIdentity(identity, 'r1', secret, operation, 1_000_000);
    const check = (h: Record<string, string>, requestId: string, now: number, sent: SignedOperation = operation) =>
      verifyIdentityHeaders(h[IDENTITY_HEADER], h[SIGNATURE_HEADER], requestId, secret, sent, now);
    expect(check(headers, 'r1', 1_000_500)).toEqual({ ok: true, identity });
    expect(check(headers, 'r2', 1_000_500).ok).toBe(false);
    expect(check(headers, 'r1', 1_061_000).ok).toBe(false);
    expect(check(headers, 'r1', 1_000_500, { ...operation, variables: { id: 'm2' } })).toEqual({
      ok: false,
      reason: 'identity was signed for another operation',
    });
    expect(check(headers, 'r1', 1_000_500, { query: '{ members { edges { node { phone } } } }', variables: {} }).ok).toBe(false);
    const tampered = {
      ...headers,
      [IDENTITY_HEADER]: signIdentity({ ...identity, companyId: 'c2' }, 'r1', secret, operation, 1_000_000)[IDENTITY_HEADER] as string,
    };
    expect(check(tampered, 'r1', 1_000_500).ok).toBe(false);
  });
});

describe('secret hashing', () => {
  test('verifies the right secret only, with a fresh salt each time', async () => {
    const [a, b] = await Promise.all([hashSecret('pass-1234'), hashSecret('pass-1234')]);
    expect(a).not.toBe(b);
    expect(await verifySecret('pass-1234', a)).toBe(true);
    expect(await verifySecret('pass-1235', a)).toBe(false);
    expect(await verifySecret('pass-1234', 'garbage')).toBe(false);
  });
});

describe('sealed codes', () => {
  test('open with their key only, never show the code, and differ each time', () => {
    const sealed = sealCode('123456', secret);
    expect(sealed).not.toContain('123456');
    expect(sealCode('123456', secret)).not.toBe(sealed);
    expect(openCode(sealed, secret)).toBe('123456');
    expect(() => openCode(sealed, 'x'.repeat(40))).toThrow();
    const altered = `${sealed.slice(0, -2)}${sealed.endsWith('AA') ? 'AB' : 'AA'}`;
    expect(() => openCode(altered, secret)).toThrow();
  });
});

describe('the hash cost', () => {
  test('is the default unless set, may be lowered outside production only, and must be a power of two from 1024', () => {
    expect(hashCost(undefined, 'production')).toBe(DEFAULT_HASH_COST);
    expect(hashCost('1024', 'test')).toBe(1024);
    expect(hashCost('65536', 'production')).toBe(65536);
    expect(() => hashCost('1024', 'production')).toThrow(/production/);
    expect(() => hashCost('1000', 'test')).toThrow(/power of two/);
    expect(() => hashCost('512', 'test')).toThrow(/power of two/);
  });

  test('a hash is verified at the cost it carries, so hashes made at another setting still verify', async () => {
    const stored = await hashSecret('s3cret-pass');
    expect(stored.split('$')[1]).toBe(process.env.SECRET_HASH_COST ?? String(DEFAULT_HASH_COST));
    const atDefault = stored.replace(/^scrypt\$\d+\$/, `scrypt$${DEFAULT_HASH_COST}$`);
    expect(await verifySecret('s3cret-pass', atDefault)).toBe(false);
  });
});

describe('one-time code hashes', () => {
  const key = 'k'.repeat(40);
  test('verify the code under the key only, salted, in constant time; old scrypt hashes still verify', async () => {
    const [a, b] = [hashCode('123456', key), hashCode('123456', key)];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^hmac\$/);
    expect(await verifyCode('123456', a, key)).toBe(true);
    expect(await verifyCode('123457', a, key)).toBe(false);
    expect(await verifyCode('123456', a, 'x'.repeat(40))).toBe(false);
    expect(await verifyCode('123456', 'hmac$only-two', key)).toBe(false);
    expect(await verifyCode('654321', await hashSecret('654321'), key)).toBe(true);
  });
});
