import { createHmac, timingSafeEqual } from 'node:crypto';
import { createHttpClient } from '../http/keep-alive-client';

/**
 * Calls between subgraphs that are not GraphQL: an event pushed to a subgraph that keeps a view, a
 * view asked of its owner on a miss. The body is signed (HMAC-SHA256 over the time and the body,
 * with the secret the gateway signs identities with), so only the platform's own processes can make
 * them, and a captured call cannot be changed or replayed after a minute.
 */

export const INTERNAL_SIGNATURE_HEADER = 'x-loyalty-internal-signature';
/** Every internal route lives under this path; the gateway never forwards to it. */
export const INTERNAL_PATH_PREFIX = '/internal/';

const MAX_AGE_MS = 60_000;

function mac(secret: string, at: number, body: string): string {
  return createHmac('sha256', secret).update(`${at}.${body}`).digest('base64url');
}

export function signInternalBody(body: string, secret: string, now = Date.now()): string {
  return `t=${now},s=${mac(secret, now, body)}`;
}

export function verifyInternalBody(header: string | undefined, body: string, secret: string, now = Date.now()): boolean {
  const match = /^t=(\d{1,16}),s=([\w-]{1,100})$/.exec(header ?? '');
  if (!match) return false;
  const at = Number(match[1]);
  if (Math.abs(now - at) > MAX_AGE_MS) return false;
  const expected = Buffer.from(mac(secret, at, body));
  const given = Buffer.from(match[2] as string);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Where a subgraph answers internal calls: its GraphQL URL's origin and the route. */
export function internalUrl(graphqlUrl: string, route: string): string {
  return new URL(`${INTERNAL_PATH_PREFIX}${route}`, graphqlUrl).toString();
}

const send = createHttpClient();

/** POSTs a signed internal call and returns the JSON answer; throws on any failure or timeout. */
export async function callInternal<T>(url: string, payload: unknown, secret: string, timeoutMs: number): Promise<T> {
  const body = JSON.stringify(payload);
  const answer = await send(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), [INTERNAL_SIGNATURE_HEADER]: signInternalBody(body, secret) },
    body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (answer.status < 200 || answer.status >= 300) throw new Error(`internal call ${url} answered ${answer.status}`);
  return JSON.parse(answer.body.toString('utf8')) as T;
}
