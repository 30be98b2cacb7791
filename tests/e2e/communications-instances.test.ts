import { randomUUID } from 'node:crypto';
import { createLogger } from '../../infra/logging/logger';
import { type RunningCommunicationsSubgraph, startCommunicationsSubgraph } from '../../subgraphs/communications/server';
import { devinoSmsProvider, startDevinoSink } from '../support/devino-sink';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { querySql, uniquePhone } from '../support/seed';
import { ConfigureProviderDocument } from './__generated__/operations';

/**
 * Instances of the communications subgraph keep a company's provider choice in memory; a provider
 * configured through one instance is used by every other at once: the change's transaction signals
 * them and they forget their copies. A second instance runs here beside the platform's own, on the
 * same database, and sends the messages the test queues for it.
 */
const env = usePlatformWithCompany({ events: true, communications: true });
let second: RunningCommunicationsSubgraph;

beforeAll(async () => {
  second = await startCommunicationsSubgraph({
    databaseUrl: env.platform.databaseUrl,
    port: 0,
    secrets: env.platform.secrets,
    logger: createLogger('communications-2', 'silent'),
    production: false,
    migrate: false,
    events: false,
  });
});
afterAll(() => second?.stop());

/** Queues a welcome text and has the given instance send it (again with a new one, should the platform's instance take it first). */
async function sendThroughSecond(instance: RunningCommunicationsSubgraph = second): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const phone = uniquePhone();
    await querySql(
      env.platform,
      `INSERT INTO communications.messages (id, company_id, channel, kind, destination, variables, urgent, provider_message_ids)
       VALUES ($1, $2, 'SMS', 'member.registered', $3, '{"shop": "Demo Retail", "firstName": "Ada"}', true, '{}')`,
      [randomUUID(), env.company.companyId, phone],
    );
    if ((await instance.deliverDue()) === 1) return phone;
  }
  throw new Error('the platform’s own instance took every message');
}

test('a provider configured through one instance is used by another for its very next message', async () => {
  const apiKey = `devino-${randomUUID()}`;
  const devino = await startDevinoSink(apiKey);
  try {
    // No SMS provider yet: outside production the second instance sends to the development inbox, and keeps that choice.
    const first = await sendThroughSecond();
    const [inInbox] = await querySql<{ n: string }>(env.platform, 'SELECT count(*) AS n FROM communications.dev_inbox_messages WHERE destination = $1', [
      first,
    ]);
    expect(Number(inInbox?.n)).toBe(1);

    const { configureProvider } = await request(
      env.platform.gatewayUrl,
      ConfigureProviderDocument,
      { input: devinoSmsProvider(devino, apiKey) },
      { token: env.company.adminToken },
    );
    expect(configureProvider.errors).toEqual([]);

    // The signal arrives a moment after the commit; from then on the second instance sends through Devino.
    await eventually(async () => {
      const phone = await sendThroughSecond(second);
      return devino.received.some((sms) => sms.to === phone.slice(1)) || undefined;
    }, 'the second instance sending through the new provider');
  } finally {
    await devino.close();
  }
});

test('an instance in production will not send through a provider saved outside production that leads inside the network', async () => {
  const apiKey = `devino-${randomUUID()}`;
  const devino = await startDevinoSink(apiKey);
  const production = await startCommunicationsSubgraph({
    databaseUrl: env.platform.databaseUrl,
    port: 0,
    secrets: env.platform.secrets,
    logger: createLogger('communications-production', 'silent'),
    production: true,
    migrate: false,
    events: false,
  });
  try {
    // Accepted outside production: its API is on loopback.
    const { configureProvider } = await request(
      env.platform.gatewayUrl,
      ConfigureProviderDocument,
      { input: { ...devinoSmsProvider(devino, apiKey), name: 'Devino on loopback' } },
      { token: env.company.adminToken },
    );
    expect(configureProvider.errors).toEqual([]);
    const refused = await eventually(async () => {
      const phone = await sendThroughSecond(production);
      const [row] = await querySql<{ status: string; last_error: string | null }>(
        env.platform,
        'SELECT status, last_error FROM communications.messages WHERE destination = $1',
        [phone],
      );
      return row?.last_error?.includes('may not be reached in production') ? { phone, row } : undefined;
    }, 'the production instance refusing the provider');
    expect(refused.row.status).toBe('FAILED');
    expect(refused.row.last_error).toContain('settings.apiUrl');
    expect(devino.received.some((sms) => sms.to === refused.phone.slice(1))).toBe(false);
  } finally {
    await production.stop();
    await devino.close();
  }
});
