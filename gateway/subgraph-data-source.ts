import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';

type SubgraphResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

/** Codes a subgraph gives the caller's own mistakes. */
const CLIENT_ERROR_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

/** The first error of a subgraph's answer when it is the caller's mistake. */
function clientErrorIn(body: unknown): { message: string; code: string } | null {
  const first = (body as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> } | null)?.errors?.[0];
  const code = first?.extensions?.code;
  return typeof code === 'string' && CLIENT_ERROR_CODES.has(code) && typeof first?.message === 'string' ? { message: first.message, code } : null;
}

/**
 * How the gateway calls a subgraph. A subgraph refusing the caller's input answers HTTP 400, which
 * Apollo's data source turns into "400: Bad Request" carrying the subgraph's URL (and so an
 * internal error); the subgraph's own message and code are passed on instead. The gateway checks
 * the platform's scalars first (scalar-parsers.ts), so this is the fallback for what it cannot.
 */
// biome-ignore lint/suspicious/noExplicitAny: the constraint of Apollo's own class
export class SubgraphDataSource<TContext extends Record<string, any>> extends RemoteGraphQLDataSource<TContext> {
  override async errorFromResponse(response: SubgraphResponse): Promise<GraphQLError> {
    const clientError = clientErrorIn(await this.parseBody(response.clone()).catch(() => null));
    if (clientError) return new GraphQLError(clientError.message, { extensions: { code: clientError.code } });
    return super.errorFromResponse(response);
  }
}
