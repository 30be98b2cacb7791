import { createHash } from 'node:crypto';

/** A stable fingerprint of a request: the same input always hashes the same, whatever its key order. */
export function requestHash(operation: string, input: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object' && value.constructor === Object) {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
      );
    }
    if (value instanceof Date) return value.toISOString();
    return value === undefined ? null : typeof value === 'object' && value !== null ? String(value) : value;
  };
  return createHash('sha256')
    .update(operation)
    .update(JSON.stringify(canonical(input)))
    .digest('hex');
}
