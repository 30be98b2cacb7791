import { ProviderFailure } from './provider';

/** How long one call to a provider's HTTP API may take before it counts as failed (and is retried). */
const TIMEOUT_MS = 10_000;

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The body as JSON, or null when it is not JSON. */
  json: Record<string, unknown> | null;
}

/** One HTTP call to a provider; a network failure or timeout is a retryable ProviderFailure, any answer is returned. */
export async function callProvider(name: string, url: string, init: { method?: string; headers?: Record<string, string>; body?: string }): Promise<HttpAnswer> {
  let response: Response;
  try {
    // A redirect is not followed: it could lead inside the platform's network (and no provider API sends one).
    response = await fetch(url, {
      method: init.method ?? 'POST',
      headers: init.headers,
      body: init.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new ProviderFailure(`${name}: ${error instanceof Error ? error.message : String(error)}`, true);
  }
  const text = await response.text();
  let json: Record<string, unknown> | null = null;
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** An answer that is not a success: throttling and server errors may pass, other refusals are final. */
export function failureOf(name: string, answer: { status: number }, detail: string, invalidDestination = false): ProviderFailure {
  const retryable = !invalidDestination && (answer.status === 429 || answer.status >= 500 || answer.status === 408);
  return new ProviderFailure(`${name}: ${answer.status} ${detail}`.trim(), retryable, invalidDestination);
}

/** An OAuth 2.0 token request (RFC 6749 §4.4 / RFC 7523): a form posted to the token endpoint, its access_token and lifetime back. */
export async function fetchAccessToken(name: string, url: string, form: Record<string, string>): Promise<{ token: string; expiresInSeconds: number }> {
  const answer = await callProvider(name, url, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  const token = answer.json?.access_token;
  if (answer.status !== 200 || typeof token !== 'string') throw failureOf(name, answer, String(answer.json?.error_description ?? answer.json?.error ?? ''));
  return { token, expiresInSeconds: Number(answer.json?.expires_in ?? 3600) };
}

/**
 * An access token fetched when first needed and again a minute before it expires; concurrent sends
 * share one fetch. `forget` drops it (the provider called it expired).
 */
export function tokenCache(fetchToken: () => Promise<{ token: string; expiresInSeconds: number }>) {
  let current: { token: string; renewAt: number } | null = null;
  let pending: Promise<string> | null = null;
  return {
    async get(): Promise<string> {
      if (current && Date.now() < current.renewAt) return current.token;
      pending ??= fetchToken()
        .then(({ token, expiresInSeconds }) => {
          current = { token, renewAt: Date.now() + Math.max(expiresInSeconds - 60, 30) * 1000 };
          return token;
        })
        .finally(() => {
          pending = null;
        });
      return pending;
    },
    forget() {
      current = null;
    },
  };
}
