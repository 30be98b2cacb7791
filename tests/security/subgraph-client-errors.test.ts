import { SubgraphDataSource } from '../../gateway/subgraph-data-source';

/**
 * A subgraph that refuses the caller's input (HTTP 400) is reported with its own message and code,
 * not as "400: Bad Request" carrying the subgraph's URL; other failures keep Apollo's treatment.
 */
const source = new SubgraphDataSource({ url: 'http://127.0.0.1:1/graphql' });

function answer(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

test("a subgraph's BAD_USER_INPUT is passed on as the caller's mistake", async () => {
  const refusal = {
    errors: [{ message: 'Variable "$input" got invalid value "NaN" at "input.amount"', extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at x.ts:1'] } }],
  };
  const error = await source.errorFromResponse(answer(400, refusal));
  expect({ message: error.message, extensions: error.extensions }).toEqual({
    message: 'Variable "$input" got invalid value "NaN" at "input.amount"',
    extensions: { code: 'BAD_USER_INPUT' },
  });
});

test('any other failure stays a subgraph failure', async () => {
  const error = await source.errorFromResponse(answer(500, { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
  expect(error.message).toMatch(/^500:/);
  expect(error.extensions.code).toBeUndefined();
});
