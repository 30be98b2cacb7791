import { lookup } from 'node:dns/promises';
import { ADDRESS_SETTINGS, hostNameOf, isPrivateAddress, providerAddressProblem } from '../domain/provider-address';

/**
 * Where, in production, a provider's settings would make the platform call inside a network: each
 * address its settings and credentials name (domain/provider-address.ts), and what each name
 * resolves to now (a public-looking name this machine or its DNS maps to a private address: the
 * machine's own name in /etc/hosts, a wildcard DNS service). The platform's operator's private
 * hosts (PROVIDER_PRIVATE_HOSTS) are allowed. Answers [field, problem] pairs; none when all is well.
 *
 * Checked when a provider is configured and again before a process first uses it (a provider saved
 * outside production, or a name whose DNS changed since). A name that resolves elsewhere between
 * that check and a connection (DNS rebinding) is not caught.
 */
export async function providerAddressProblems(
  settings: Record<string, unknown>,
  credentials: Record<string, unknown> | null,
  allowedHosts: readonly string[],
  resolve: Resolver = (name) => lookup(name, { all: true, verbatim: true }),
): Promise<Array<[string, string]>> {
  const named: Array<[string, unknown]> = ADDRESS_SETTINGS.map((key) => [`settings.${key}`, settings[key]]);
  for (const [key, value] of Object.entries(credentials ?? {})) named.push(...addressesInside(`credentials.${key}`, value));
  const problems = await Promise.all(
    named.map(async ([field, value]): Promise<[string, string] | null> => {
      if (typeof value !== 'string') return null;
      const problem = providerAddressProblem(value, allowedHosts) ?? (await resolvedProblem(value, allowedHosts, resolve));
      return problem ? [field, problem] : null;
    }),
  );
  return problems.filter((problem): problem is [string, string] => problem !== null);
}

/** What a name resolves to now (the system's resolver: /etc/hosts, then DNS). */
export type Resolver = (name: string) => Promise<Array<{ address: string }>>;

async function resolvedProblem(value: string, allowedHosts: readonly string[], resolve: Resolver): Promise<string | null> {
  const name = hostNameOf(value);
  if (!name || allowedHosts.includes(name)) return null;
  try {
    const addresses = await resolve(name);
    return addresses.some((found) => isPrivateAddress(found.address.toLowerCase())) ? 'resolves to a private address' : null;
  } catch {
    // A name that does not resolve leads nowhere; sending will say so.
    return null;
  }
}

/** The URLs inside a credential that is a JSON document (a service account's token_uri). */
function addressesInside(field: string, value: unknown): Array<[string, unknown]> {
  if (typeof value !== 'string' || !value.trim().startsWith('{')) return [];
  try {
    return Object.entries(JSON.parse(value) as Record<string, unknown>)
      .filter(([key]) => /ur[il]$/i.test(key))
      .map(([key, inner]) => [`${field}.${key}`, inner]);
  } catch {
    return [];
  }
}
