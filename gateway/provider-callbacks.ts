import { HttpError, type RequestInfo } from '../infra/http/graphql-http-server';
import { callInternal, internalUrl } from '../infra/internal/internal-call';
import { PROVIDER_CALLBACK_ROUTE, type ProviderCallback, type ProviderCallbackAnswer } from '../infra/internal/provider-callbacks';
import { createRateLimiter } from './rate-limit';

/** Callbacks a second from one address: a provider reporting on a mailing calls often, a stranger guessing tokens is cut off. */
const CALLBACKS_PER_SECOND_PER_ADDRESS = 200;
const FORWARD_TIMEOUT_MS = 15_000;
/** A provider id and a token: anything else is answered 404 here, without bothering communications. */
const CALLBACK_PATH = /^[0-9a-f-]{36}\/[\w-]{43}$/;

/**
 * The public route providers call back with statuses (infra/internal/provider-callbacks.ts): each
 * call is handed on, as received, to the communications subgraph, which checks the token in the
 * path; the provider gets its answer (200; 400 for a body its plugin refuses; 404 for a path the platform did not give out).
 */
export function forwardProviderCallbacks(communicationsUrl: string | undefined, secret: string) {
  const limiter = createRateLimiter(CALLBACKS_PER_SECOND_PER_ADDRESS);
  return async (path: string, body: string, info: RequestInfo): Promise<{ status: number; body: unknown }> => {
    if (!communicationsUrl || !CALLBACK_PATH.test(path)) return { status: 404, body: { error: 'not found' } };
    if (!limiter.take(info.request.socket.remoteAddress ?? 'unknown')) throw new HttpError(429, 'RATE_LIMITED', 'Too many callbacks: retry in a second');
    const answer = await callInternal<ProviderCallbackAnswer>(
      internalUrl(communicationsUrl, PROVIDER_CALLBACK_ROUTE),
      { path, body } satisfies ProviderCallback,
      secret,
      FORWARD_TIMEOUT_MS,
    );
    if (answer.status === 200) return { status: 200, body: { received: answer.reports ?? 0 } };
    return answer.status === 400 ? { status: 400, body: { error: answer.error ?? 'bad request' } } : { status: 404, body: { error: 'not found' } };
  };
}
