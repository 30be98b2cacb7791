import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { createSubgraphFetcher } from '../../gateway/subgraph-fetcher';

/**
 * The gateway's calls to subgraphs over kept-alive sockets. A subgraph closes an idle socket after
 * its keep-alive timeout; a gateway that still holds the socket and is busy at that moment (so it
 * has not yet read the close) writes its next request into it and gets ECONNRESET. The gateway's
 * fetcher gives idle sockets up before the server does, and sends a query (never a mutation) once
 * more when a connection is dropped under it anyway.
 */
const QUERY = JSON.stringify({ query: '{ __typename }' });
const MUTATION = JSON.stringify({ query: 'mutation Pay { pay { id } }', operationName: 'Pay' });
const post = (body: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body });

/** A subgraph stand-in in its own process, so that it closes idle sockets while this one is busy. */
async function startServerProcess(keepAliveMs: number): Promise<{ url: string; process: ChildProcess }> {
  const script = `
    const server = require('node:http').createServer((req, res) => {
      req.resume();
      req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"data":{"__typename":"Query"}}'); });
    });
    server.keepAliveTimeout = ${keepAliveMs};
    server.listen(0, '127.0.0.1', () => console.log(server.address().port));`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [port] = (await once(child.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
  return { url: `http://127.0.0.1:${String(port).trim()}/graphql`, process: child };
}

/** How long the server keeps an idle socket, as measured (Node may add a margin of its own). */
async function measureIdleClose(url: string): Promise<number> {
  const socket = connect(Number(new URL(url).port), '127.0.0.1');
  await once(socket, 'connect');
  socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${QUERY.length}\r\n\r\n${QUERY}`);
  await once(socket, 'data');
  const answeredAt = Date.now();
  socket.resume();
  await once(socket, 'end');
  socket.destroy();
  return Date.now() - answeredAt;
}

function busyFor(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until);
}

const outcome = (promise: Promise<{ text(): Promise<string> }>) =>
  promise.then(
    async (response) => {
      await response.text();
      return 'answered';
    },
    (error: { code?: string }) => String(error.code),
  );

test('a gateway busy when the subgraph closes an idle socket is not reset: idle sockets are given up first', async () => {
  const server = await startServerProcess(2_000);
  try {
    const closesAfter = await measureIdleClose(server.url);
    const apolloDefault = new RemoteGraphQLDataSource({ url: server.url }).fetcher;
    const ours = createSubgraphFetcher();
    // One kept-alive socket each, answered and idle from now on.
    await Promise.all([apolloDefault(server.url, post(QUERY)), ours(server.url, post(QUERY)), ours(server.url, post(MUTATION))].map(outcome));
    await new Promise((resolve) => setTimeout(resolve, closesAfter - 100));
    busyFor(200); // the server closes the sockets meanwhile; this process has not read it yet
    const [defaultAnswer, queryAnswer, mutationAnswer] = await Promise.all([
      outcome(apolloDefault(server.url, post(QUERY))),
      outcome(ours(server.url, post(QUERY))),
      outcome(ours(server.url, post(MUTATION))),
    ]);
    // Apollo's default fetcher keeps idle sockets forever: the race the platform used to lose.
    expect(defaultAnswer).toBe('ECONNRESET');
    expect({ queryAnswer, mutationAnswer }).toEqual({ queryAnswer: 'answered', mutationAnswer: 'answered' });
  } finally {
    server.process.kill();
  }
}, 30_000);

describe('a connection dropped under a request', () => {
  let server: Server;
  let url: string;
  const received: string[] = [];
  beforeAll(async () => {
    // Answers the first request of each connection, and drops the connection on the second.
    server = createServer((request, response) => {
      const socket = request.socket as typeof request.socket & { served?: number };
      socket.served = (socket.served ?? 0) + 1;
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        received.push(JSON.parse(body).query);
        if (socket.served === 2) return void socket.destroy();
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{}}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    received.length = 0;
  });

  test('a query is sent once more, on a new connection', async () => {
    const fetcher = createSubgraphFetcher();
    await (await fetcher(url, post(QUERY))).text();
    const response = await fetcher(url, post(QUERY));
    expect({ status: response.status, body: await response.json() }).toEqual({ status: 200, body: { data: {} } });
    expect(received).toHaveLength(3);
  });

  test('a mutation is never sent twice: the failure is reported', async () => {
    const fetcher = createSubgraphFetcher();
    await (await fetcher(url, post(QUERY))).text();
    await expect(fetcher(url, post(MUTATION))).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(received.filter((query) => query.startsWith('mutation'))).toHaveLength(1);
  });
});
