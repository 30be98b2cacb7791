import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';

/**
 * Loopback servers shaped like the push services, each checking what its documentation asks of a
 * sender (signed tokens, headers, fields) and answering as the service would; a token put in
 * `gone` is answered as one the service no longer knows. What arrived is kept as a phone would show it.
 */
export interface ReceivedPush {
  service: 'FCM' | 'APNS' | 'HMS' | 'AZURE';
  token: string;
  title: string | null;
  body: string | null;
  /** Azure: the format header (fcmv1, apple). */
  format?: string;
}

export interface PushSink {
  url: string;
  received: ReceivedPush[];
  /** Requests refused for not following the documentation, with why: a test expects none. */
  refused: string[];
  gone: Set<string>;
  close(): Promise<void>;
}

type Handler = (request: IncomingMessage, body: string, response: ServerResponse, sink: PushSink) => void;

async function httpSink(handle: Handler): Promise<PushSink> {
  const server = http.createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => handle(request, body, response, sink));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const sink: PushSink = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received: [],
    refused: [],
    gone: new Set(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return sink;
}

function answer(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(body === undefined ? '' : JSON.stringify(body));
}

function refuse(sink: PushSink, response: ServerResponse, status: number, why: string) {
  sink.refused.push(why);
  answer(response, status, { error: why });
}

/** FCM HTTP v1 and Google's OAuth token endpoint: the service account's JWT is checked with its public key. */
export async function startFcmSink(projectId: string) {
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const issued = new Set<string>();
  const clientEmail = `push@${projectId}.iam.gserviceaccount.com`;
  const sink = await httpSink((request, body, response, self) => {
    if (request.url === '/token') {
      const form = new URLSearchParams(body);
      if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') return refuse(self, response, 400, 'grant_type');
      try {
        const claims = jwt.verify(form.get('assertion') ?? '', keys.publicKey, {
          algorithms: ['RS256'],
          audience: `${self.url}/token`,
          issuer: clientEmail,
        }) as {
          scope?: string;
          exp?: number;
        };
        if (claims.scope !== 'https://www.googleapis.com/auth/firebase.messaging') return refuse(self, response, 400, 'scope');
        if (!claims.exp) return refuse(self, response, 400, 'exp');
      } catch (error) {
        return refuse(self, response, 400, `assertion: ${(error as Error).message}`);
      }
      const token = `ya29.${randomUUID()}`;
      issued.add(token);
      return answer(response, 200, { access_token: token, expires_in: 3599, token_type: 'Bearer' });
    }
    if (request.url !== `/v1/projects/${projectId}/messages:send`) return refuse(self, response, 404, `path ${request.url}`);
    if (!issued.has(String(request.headers.authorization).replace(/^Bearer /, ''))) return refuse(self, response, 401, 'authorization');
    const { message } = JSON.parse(body) as { message: { token: string; notification?: { title?: string; body?: string } } };
    if (!message?.token) return refuse(self, response, 400, 'message.token');
    if (self.gone.has(message.token)) {
      return answer(response, 404, {
        error: {
          code: 404,
          status: 'NOT_FOUND',
          message: 'Requested entity was not found.',
          details: [{ '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError', errorCode: 'UNREGISTERED' }],
        },
      });
    }
    self.received.push({ service: 'FCM', token: message.token, title: message.notification?.title ?? null, body: message.notification?.body ?? null });
    answer(response, 200, { name: `projects/${projectId}/messages/0:${randomUUID()}` });
  });
  const serviceAccount = JSON.stringify({
    type: 'service_account',
    project_id: projectId,
    client_email: clientEmail,
    private_key: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    token_uri: `${sink.url}/token`,
  });
  return { sink, serviceAccount };
}

/** APNs over HTTP/2 (cleartext on loopback): the provider token is checked with the key's public half. */
export async function startApnsSink(team: { teamId: string; keyId: string; bundleId: string }) {
  const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const server = http2.createServer();
  const sink: PushSink = { url: '', received: [], refused: [], gone: new Set(), close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  server.on('stream', (stream, headers) => {
    let body = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      body += chunk;
    });
    stream.on('end', () => {
      const reply = (status: number, reason?: string) => {
        if (reason && status !== 410) sink.refused.push(reason);
        stream.respond({ ':status': status, 'apns-id': String(headers['apns-id'] ?? ''), 'content-type': 'application/json' });
        stream.end(reason ? JSON.stringify({ reason }) : '');
      };
      const token = String(headers[':path']).match(/^\/3\/device\/([0-9a-f]+)$/)?.[1];
      if (headers[':method'] !== 'POST' || !token) return reply(404, 'BadPath');
      try {
        const decoded = jwt.verify(String(headers.authorization).replace(/^bearer /, ''), keys.publicKey, { algorithms: ['ES256'], complete: true });
        if (decoded.header.kid !== team.keyId || (decoded.payload as { iss?: string }).iss !== team.teamId) return reply(403, 'InvalidProviderToken');
      } catch {
        return reply(403, 'InvalidProviderToken');
      }
      if (headers['apns-topic'] !== team.bundleId) return reply(400, 'BadTopic');
      if (headers['apns-push-type'] !== 'alert') return reply(400, 'InvalidPushType');
      if (!/^[0-9a-f-]{36}$/.test(String(headers['apns-id']))) return reply(400, 'BadMessageId');
      if (sink.gone.has(token)) return reply(410, 'Unregistered');
      const { aps } = JSON.parse(body) as { aps: { alert?: { title?: string; body?: string } } };
      sink.received.push({ service: 'APNS', token, title: aps.alert?.title ?? null, body: aps.alert?.body ?? null });
      reply(200);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { sink, privateKey: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

/** Huawei Push Kit and its OAuth endpoint (client credentials). */
export async function startHmsSink(app: { appId: string; clientSecret: string }) {
  const issued = new Set<string>();
  const sink = await httpSink((request, body, response, self) => {
    if (request.url === '/oauth2/v3/token') {
      const form = new URLSearchParams(body);
      const ok = form.get('grant_type') === 'client_credentials' && form.get('client_id') === app.appId && form.get('client_secret') === app.clientSecret;
      if (!ok) return refuse(self, response, 401, 'client credentials');
      const token = `hms-${randomUUID()}`;
      issued.add(token);
      return answer(response, 200, { access_token: token, expires_in: 3600, token_type: 'Bearer' });
    }
    if (request.url !== `/v1/${app.appId}/messages:send`) return refuse(self, response, 404, `path ${request.url}`);
    if (!issued.has(String(request.headers.authorization).replace(/^Bearer /, '')))
      return answer(response, 401, { code: '80200003', msg: 'OAuth token expired' });
    const { message, validate_only } = JSON.parse(body) as {
      validate_only?: boolean;
      message: { token?: string[]; notification?: { title?: string; body?: string } };
    };
    if (validate_only !== false || !Array.isArray(message?.token) || message.token.length !== 1) return refuse(self, response, 400, 'message.token');
    const [token] = message.token as [string];
    if (self.gone.has(token)) return answer(response, 200, { code: '80300007', msg: 'All the tokens are invalid', requestId: randomUUID() });
    self.received.push({ service: 'HMS', token, title: message.notification?.title ?? null, body: message.notification?.body ?? null });
    answer(response, 200, { code: '80000000', msg: 'Success', requestId: randomUUID() });
  });
  return { sink };
}

/** Azure Notification Hubs' direct send: the shared access signature is computed again and compared. */
export async function startAzureSink(hub: { hubName: string; sasKeyName: string; sasKey: string }) {
  const sink = await httpSink((request, body, response, self) => {
    const url = new URL(request.url ?? '', self.url);
    if (url.pathname !== `/${hub.hubName}/messages/` || !url.searchParams.has('direct') || url.searchParams.get('api-version') !== '2015-04')
      return refuse(self, response, 404, `path ${request.url}`);
    // The token's fields as sent (sr stays URL-encoded: it is signed that way).
    const sas = new Map(
      String(request.headers.authorization)
        .replace(/^SharedAccessSignature /, '')
        .split('&')
        .map((pair) => pair.split('=', 2) as [string, string]),
    );
    const resource = encodeURIComponent(`${self.url}/${hub.hubName}`.toLowerCase());
    const expected = createHmac('sha256', hub.sasKey)
      .update(`${resource}\n${sas.get('se')}`)
      .digest('base64');
    const signature = decodeURIComponent(sas.get('sig') ?? '');
    if (sas.get('sr') !== resource || signature !== expected || sas.get('skn') !== hub.sasKeyName || Number(sas.get('se')) < Date.now() / 1000)
      return refuse(self, response, 401, 'shared access signature');
    const format = String(request.headers['servicebusnotification-format']);
    const token = String(request.headers['servicebusnotification-devicehandle'] ?? '');
    if (!['fcmv1', 'apple'].includes(format) || !token) return refuse(self, response, 400, 'format or device handle');
    const payload = JSON.parse(body) as { aps?: { alert?: { title?: string; body?: string } }; message?: { notification?: { title?: string; body?: string } } };
    const alert = format === 'apple' ? payload.aps?.alert : payload.message?.notification;
    self.received.push({ service: 'AZURE', token, title: alert?.title ?? null, body: alert?.body ?? null, format });
    response.writeHead(201, { trackingid: randomUUID() });
    response.end();
  });
  return { sink };
}
