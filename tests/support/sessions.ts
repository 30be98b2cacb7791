import { MeDocument } from '../e2e/__generated__/operations';
import { call, errorCodes } from './graphql-client';

type Query = (token: string) => Promise<{ status: number; errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }>;

/**
 * Waits until the gateway refuses a token whose session was ended (a revocation reaches it within
 * a second; the deadline is generous so a slow machine does not fail the test), then checks the
 * refusal: HTTP 401, UNAUTHENTICATED. `query` is any call the token's holder could make.
 */
export async function expectRefused(gatewayUrl: string, token: string, query: Query = (t) => call(gatewayUrl, MeDocument, {}, { token: t })) {
  const deadline = Date.now() + 10_000;
  let result = await query(token);
  while (result.status !== 401 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    result = await query(token);
  }
  expect(result.status).toBe(401);
  expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
}
