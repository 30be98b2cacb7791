import { GraphQLError } from 'graphql';

/**
 * The page size a list field's `first` asks for: its default when omitted, else 1 to `max`; a
 * size outside that is the caller's mistake (BAD_USER_INPUT naming the argument), not a page of one.
 */
export function pageSize(first: number | null | undefined, { fallback, max }: { fallback: number; max: number }): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new GraphQLError(`first: 1 to ${max}`, { extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  }
  return first;
}
