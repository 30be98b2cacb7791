import type { Identity } from '../auth/identity';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, SIGNATURE_HEADER, verifyIdentityHeaders } from '../auth/identity-header';
import { HttpError, type RequestInfo } from './graphql-http-server';

function header(info: RequestInfo, name: string): string | undefined {
  const value = info.request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Who called, as the gateway vouches: their identity, and the address they called from (null when not given). */
export interface Caller {
  identity: Identity;
  clientAddress: string | null;
}

/**
 * The caller the gateway vouches for. Without a valid signature the subgraph answers 401, so it
 * cannot be called around the gateway.
 */
export function callerFromGateway(info: RequestInfo, signingSecret: string): Caller {
  const body = (info.body ?? {}) as { query?: string; variables?: unknown };
  const operation = { query: body.query, variables: body.variables };
  const check = verifyIdentityHeaders(header(info, IDENTITY_HEADER), header(info, SIGNATURE_HEADER), header(info, REQUEST_ID_HEADER), signingSecret, operation);
  if (!check.ok) throw new HttpError(401, 'UNAUTHENTICATED', `Subgraph refused the request: ${check.reason}`);
  return { identity: check.identity, clientAddress: check.clientAddress ?? null };
}
