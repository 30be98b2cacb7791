import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logging/logger';

const EXPECTED_CODES = new Set([
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  // A terminal locked out of card look-ups (infra/throttle/lookup-throttle.ts), from the card query.
  'LOOKUP_RATE_LIMITED',
]);

/** Unexpected errors are logged in full and reach clients only as "Internal error" in production. */
export function createErrorFormatter(logger: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (EXPECTED_CODES.has(code)) return formatted;
    logger.error({ err: error, path: formatted.path }, 'unexpected GraphQL error');
    if (!production) return formatted;
    return { message: 'Internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
