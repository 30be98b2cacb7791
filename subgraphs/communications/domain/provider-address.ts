import { isIP } from 'node:net';

/** The settings that name where a provider is reached (a host or a URL). */
export const ADDRESS_SETTINGS = ['host', 'url', 'apiUrl', 'authUrl', 'endpoint'] as const;

/** Loopback, private, link-local (cloud metadata lives there), shared and unspecified IPv4 ranges. */
const PRIVATE_V4 = [/^127\./, /^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^169\.254\./, /^0\./, /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./];

/**
 * The host as a client would reach it, normalised the WHATWG way (so 127.1, 2130706433 and
 * 0x7f000001 all read 127.0.0.1, and 0:0:0:0:0:0:0:1 reads ::1); null when it is no host at all.
 */
function hostOf(value: string): string | null {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`);
    return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Why, in production, a provider may not be reached at this address: a company's admin names the
 * provider's host, and the platform would call it from inside its network (SSRF), so names of this
 * machine, private, link-local and IPv4-in-IPv6 addresses are refused, as is plain HTTP. Null when
 * it may. The platform's operator may name hosts of its own network that are allowed all the same
 * (`allowedHosts`: an SMSC over a VPN). (A public name that resolves to a private address is not caught here.)
 */
export function providerAddressProblem(value: string, allowedHosts: readonly string[] = []): string | null {
  const host = hostOf(value);
  if (host && allowedHosts.includes(host)) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.toLowerCase().startsWith('https://')) return 'https only';
  if (!host) return 'not a host name or address';
  const bare = host.replace(/\.$/, '');
  if (!bare.includes('.') && !isIP(bare)) return 'not a public address (a name without a domain: this machine’s or its network’s)';
  if (/^(localhost|ip6-localhost|ip6-loopback)$/.test(bare) || /\.(localhost|internal|local|localdomain)$/.test(bare)) return 'not a public address';
  if (isPrivateAddress(bare)) return 'not a public address';
  return null;
}

/** Loopback, private, link-local, unspecified or shared: an address inside some network, never a provider's. */
export function isPrivateAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return PRIVATE_V4.some((range) => range.test(address));
  // Loopback, unspecified, unique-local, link-local, and IPv4 written as IPv6 (mapped or compatible).
  if (version === 6) return address.startsWith('::') || /^(fc|fd|fe[89ab])/i.test(address);
  return false;
}

/** The host name a setting names when it is a name (not an address), for resolving it. */
export function hostNameOf(value: string): string | null {
  const host = hostOf(value);
  return host && !isIP(host) ? host : null;
}
