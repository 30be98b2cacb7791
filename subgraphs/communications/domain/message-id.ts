import { createHash } from 'node:crypto';

/**
 * A message's id, derived from what caused it (an event's or a mailing's id) and who it goes to
 * over which channel: a cause delivered twice makes the same id, so never a second message. The id
 * is also what providers are given, so they can drop a repeat themselves.
 */
export function messageIdFor(cause: string, recipient: string, channel: string): string {
  const hex = createHash('sha256').update(`${cause}\u0000${recipient}\u0000${channel}`).digest('hex');
  // Shaped as a UUID (version 5 layout: name-based, variant 10xx) to fit the uuid column.
  const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
