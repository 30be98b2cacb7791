import { request as httpRequest } from 'node:http';
import { startTestPlatform, type TestPlatform } from '../support/platform';

/**
 * A body over the limit (2 MB) is answered with HTTP 413 and a JSON error the client can read,
 * by the gateway and by the subgraphs alike, instead of a reset connection.
 */
let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

const TOO_LARGE = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(3 * 1024 * 1024) } });

const PAYLOAD_TOO_LARGE = {
  status: 413,
  body: { errors: [{ message: expect.stringMatching(/too large.*2 MB/i), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] },
};

test.each([
  ['the gateway', () => platform.gatewayUrl],
  ['a subgraph', () => platform.membersUrl],
])('%s answers 413 to a body over 2 MB', async (_name, url) => {
  const response = await fetch(url(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: TOO_LARGE });
  expect({ status: response.status, body: await response.json() }).toEqual(PAYLOAD_TOO_LARGE);
});

test('a body streamed without a length is cut off at the limit and answered 413 too', async () => {
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = httpRequest(platform.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    // Chunked, in 64 KB pieces, as a client that does not know the length in advance sends it.
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    const pump = () => {
      while (sent < 3 * 1024 * 1024) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      request.end();
    };
    pump();
  });
  expect({ status: answer.status, body: JSON.parse(answer.body) }).toEqual(PAYLOAD_TOO_LARGE);
});

test('the connection still serves requests after a refused body', async () => {
  const response = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  expect(response.status).toBe(200);
});
