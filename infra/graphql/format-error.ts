import { unwrapResolverError } from '@apollo/server/errors';
import { PothosValidationError } from '@pothos/core';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logging/logger';

/** Codes of the caller's own mistakes: answered as they are, without a stack trace. */
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
  // What this deployment does not have (the development inbox in production).
  'NOT_AVAILABLE',
]);

/**
 * Unexpected errors are logged in full and reach clients only as "Internal error" in production.
 * A subgraph's raw answer (`extensions.response`, with its URL) never reaches a client.
 */
export function createErrorFormatter(logger: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { response: _subgraphAnswer, stacktrace, ...extensions } = formatted.extensions ?? {};
    // Pothos refuses bad connection arguments (a negative `first`) without a code of its own.
    if (unwrapResolverError(error) instanceof PothosValidationError) extensions.code = 'BAD_USER_INPUT';
    const code = String(extensions.code ?? 'INTERNAL_SERVER_ERROR');
    if (EXPECTED_CODES.has(code)) return { ...formatted, extensions };
    logger.error({ err: error, path: formatted.path }, 'unexpected GraphQL error');
    if (!production) return { ...formatted, extensions: { ...extensions, stacktrace } };
    return { message: 'Internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
