import type { Identity } from '../auth/identity';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, SIGNATURE_HEADER, verifyIdentityHeaders } from '../auth/identity-header';
import { HttpError, type RequestInfo } from './graphql-http-server';

function header(info: RequestInfo, name: string): string | undefined {
  const value = info.request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The identity the gateway vouches for. Without a valid signature the subgraph answers 401, so it
 * cannot be called around the gateway.
 */
export function identityFromGateway(info: RequestInfo, signingSecret: string): Identity {
  const body = (info.body ?? {}) as { query?: string; variables?: unknown };
  const operation = { query: body.query, variables: body.variables };
  const check = verifyIdentityHeaders(header(info, IDENTITY_HEADER), header(info, SIGNATURE_HEADER), header(info, REQUEST_ID_HEADER), signingSecret, operation);
  if (!check.ok) throw new HttpError(401, 'UNAUTHENTICATED', `Subgraph refused the request: ${check.reason}`);
  return check.identity;
}
