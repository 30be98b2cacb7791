import { createHmac, timingSafeEqual } from 'node:crypto';
import { PROVIDER_CALLBACKS_PATH } from '../../../infra/internal/provider-callbacks';

/**
 * Providers that report statuses by calling back (Devino Telecom) are given a URL on the gateway's
 * public provider-callbacks route naming the provider and a token: an HMAC of the provider's id
 * under a key the platform keeps. Only the platform can make a valid one, so a stranger who knows
 * the route cannot mark messages delivered or failed; the token changes with the key.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function providerCallbackToken(key: string, providerId: string): string {
  return createHmac('sha256', key).update(`provider-callback:${providerId}`).digest('base64url');
}

/** The URL a provider calls back: the platform's public address, the route, the provider and its token. */
export function providerCallbackUrl(publicUrl: string, key: string, providerId: string): string {
  return new URL(`${PROVIDER_CALLBACKS_PATH}${providerId}/${providerCallbackToken(key, providerId)}`, publicUrl).toString();
}

/** The provider a callback path (after the route) names, when its token is the one the platform made; else null. */
export function providerOfCallbackPath(path: string, key: string): string | null {
  const [providerId, token, ...rest] = path.split('/');
  if (!providerId || !token || rest.length > 0 || !UUID.test(providerId)) return null;
  const expected = Buffer.from(providerCallbackToken(key, providerId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given) ? providerId : null;
}
