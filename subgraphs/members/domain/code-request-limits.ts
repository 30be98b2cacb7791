import { DomainError } from './errors';

/**
 * Caps on anonymous code requests, against SMS pumping: each phone is already limited to one code
 * per 30 seconds, but many phones asked from many addresses would still make the platform send
 * without end. So a client address, and a whole company, may ask only so many codes a minute.
 */
export interface CodeRequestLimits {
  perCompanyPerMinute: number;
  perAddressPerMinute: number;
}

export const DEFAULT_CODE_REQUEST_LIMITS: CodeRequestLimits = { perCompanyPerMinute: 600, perAddressPerMinute: 10 };

export const CODE_REQUEST_WINDOW_MS = 60_000;

/**
 * What a client address is counted as: an IPv4 address as itself (also when IPv4-mapped), an
 * IPv6 address by its /64 network, which one subscriber usually holds whole.
 */
export function addressBucket(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1] as string;
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('%')[0]?.split('::') ?? [];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  const groups = [...headGroups, ...zeros, ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().padStart(4, '0'))
    .join(':')}::/64`;
}

/** Refuses the request that goes over a cap; `count` includes it. */
export function assertWithinCodeRequestLimit(count: number, limit: number, scope: 'address' | 'company'): void {
  if (count <= limit) return;
  const whose = scope === 'address' ? 'from your network' : 'for this program';
  throw new DomainError('TOO_MANY_CODE_REQUESTS', `Too many code requests ${whose} in the last minute; nothing was sent, try again in a minute`, null);
}
