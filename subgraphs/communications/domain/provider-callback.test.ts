import { randomUUID } from 'node:crypto';
import { providerCallbackUrl, providerOfCallbackPath } from './provider-callback';

const key = 'a-key-only-the-platform-holds';
const providerId = randomUUID();
const pathOf = (url: string) => new URL(url).pathname.replace('/provider-callbacks/', '');

test('a callback URL names the provider, and its path leads back to it', () => {
  const url = providerCallbackUrl('https://loyalty.example', key, providerId);
  expect(url).toMatch(new RegExp(`^https://loyalty.example/provider-callbacks/${providerId}/[\\w-]{43}$`));
  expect(providerOfCallbackPath(pathOf(url), key)).toBe(providerId);
});

test('a path with another token, another provider or another key, or a malformed one, names nobody', () => {
  const path = pathOf(providerCallbackUrl('https://loyalty.example', key, providerId));
  const [, token] = path.split('/');
  expect(providerOfCallbackPath(`${providerId}/${'A'.repeat(43)}`, key)).toBeNull();
  expect(providerOfCallbackPath(`${randomUUID()}/${token}`, key)).toBeNull();
  expect(providerOfCallbackPath(path, 'another-key')).toBeNull();
  expect(providerOfCallbackPath(`${path}/more`, key)).toBeNull();
  expect(providerOfCallbackPath(`${providerId}/${token?.slice(1)}`, key)).toBeNull();
  expect(providerOfCallbackPath(`not-a-uuid/${token}`, key)).toBeNull();
  expect(providerOfCallbackPath('', key)).toBeNull();
});
