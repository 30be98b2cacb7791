import { isIP } from 'node:net';

/** The settings that name where a provider is reached (a host or a URL). */
export const ADDRESS_SETTINGS = ['host', 'url', 'apiUrl', 'authUrl', 'endpoint'] as const;

/** Loopback, private, link-local (cloud metadata lives there) and unspecified IPv4 ranges. */
const PRIVATE_V4 = [/^127\./, /^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^169\.254\./, /^0\./, /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./];

function hostOf(value: string): string {
  try {
    return new URL(value).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return value;
  }
}

/**
 * Why, in production, a provider may not be reached at this address: a company's admin names the
 * provider's host, and the platform would call it from inside its network (SSRF), so names of this
 * machine and private or link-local addresses are refused, as is plain HTTP. Null when it may.
 */
export function providerAddressProblem(value: string): string | null {
  if (/^[a-z]+:\/\//i.test(value) && !value.toLowerCase().startsWith('https://')) return 'https only';
  const host = hostOf(value).toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || host.endsWith('.local')) return 'not a public address';
  const version = isIP(host);
  if (version === 4 && PRIVATE_V4.some((range) => range.test(host))) return 'not a public address';
  if (version === 6 && (host === '::1' || host === '::' || /^(fc|fd|fe8|fe9|fea|feb)/.test(host) || host.startsWith('::ffff:'))) return 'not a public address';
  return null;
}
