/**
 * `npm run bench` (last part), `npm run bench:mailings` alone: mailings over a large member base.
 * BENCH_MAILING_MEMBERS (100,000) members who take marketing by SMS and email are seeded straight
 * into the members schema, with a target audience of all of them and one of a tenth, as the offers
 * subgraph keeps them; the platform runs as separate processes, with an SMPP and an SMTP server on
 * loopback in this process (tests/support). Through the gateway:
 * - the cost estimate of an SMS mailing to the whole audience (target ≤ 2 s);
 * - SMS mailings to a tenth and to all of it, sent to the SMPP server, messages/s from the start
 *   to the last text's arrival, beside a plain loop sending the same texts through the same SMPP
 *   client (the platform's plugin, 100 at once as delivery sends at most) in this process (target ≥ 0.7×);
 *   and the communications process's peak resident memory for each (target: 100,000 recipients ≤
 *   1.2× 10,000);
 * - an email mailing to BENCH_MAILING_EMAILS (10,000) members through SMTP, beside the same loop
 *   through the SMTP plugin.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { MessageProvider, OutgoingMessage, ProviderHooks } from '../subgraphs/communications/providers/provider';
import { createSmppProvider, smppSettings } from '../subgraphs/communications/providers/smpp';
import { createSmtpProvider, smtpSettings } from '../subgraphs/communications/providers/smtp';
import {
  ConfigureProviderDocument,
  CreateMailingDocument,
  type CreateMailingInput,
  LoginOperatorDocument,
  MailingCostEstimateDocument,
  MailingDocument,
  StartMailingDocument,
} from '../tests/e2e/__generated__/operations';
import { SMPP_SINK_LOGIN, startSmppSink } from '../tests/support/smpp-sink';
import { SMTP_SINK_LOGIN, startSmtpSink } from '../tests/support/smtp-sink';
import { ADMIN, gql, runBench, startBenchPlatform } from './support';

const MEMBERS = Number(process.env.BENCH_MAILING_MEMBERS ?? 100_000);
const EMAILS = Number(process.env.BENCH_MAILING_EMAILS ?? 10_000);
const TARGETS = { estimateSeconds: 2, rateRatio: 0.7, memoryRatio: 1.2 };
const IN_FLIGHT = 100;
const TEXT = 'Hi {{firstName}}, our spring sale at {{shop}} starts today: 20% off everything until Sunday.';

/** Members with SMS and email consent, and the offers subgraph's audiences of all of them and of the first tenth. */
async function seed(client: pg.Client, companyId: string): Promise<{ all: string; tenth: string; emails: string }> {
  await client.query(
    `INSERT INTO members.members (id, company_id, state, phone, email, first_name, updated_at)
     SELECT gen_random_uuid(), $1, 'REGISTERED', '+4917' || lpad(n::text, 9, '0'), 'member' || n || '@bench.test', 'Member' || n, now()
       FROM generate_series(1, $2::int) AS n`,
    [companyId, MEMBERS],
  );
  await client.query(
    `INSERT INTO members.marketing_consents (member_id, channel, granted, changed_at, source)
     SELECT m.id, c.channel::members."Channel", true, now(), 'REGISTRATION' FROM members.members m, (VALUES ('SMS'), ('EMAIL')) AS c(channel) WHERE m.company_id = $1`,
    [companyId],
  );
  const audiences = { all: randomUUID(), tenth: randomUUID(), emails: randomUUID() };
  const sizes = { all: MEMBERS, tenth: Math.floor(MEMBERS / 10), emails: EMAILS };
  for (const [name, id] of Object.entries(audiences) as Array<[keyof typeof sizes, string]>) {
    await client.query(`INSERT INTO offers.audiences (id, company_id, name, kind, member_count, updated_at) VALUES ($1, $2, $3, 'STATIC', $4, now())`, [
      id,
      companyId,
      `Bench ${name}`,
      sizes[name],
    ]);
    await client.query(
      `INSERT INTO offers.audience_members (audience_id, member_id, entered_at)
       SELECT $1, id, now() FROM (SELECT id FROM members.members WHERE company_id = $2 ORDER BY phone LIMIT $3) m`,
      [id, companyId, sizes[name]],
    );
  }
  await client.query('ANALYZE members.members; ANALYZE members.marketing_consents; ANALYZE offers.audience_members');
  return audiences;
}

/** The plain loop's client keeps nothing of what the SMSC reports. */
const IGNORED_HOOKS: ProviderHooks = {
  deliveryReport: async () => {},
  statusReport: async () => true,
  incoming: async () => {},
  awaitingReport: async () => [],
  warn: () => {},
  callbackUrl: () => null,
};

/** Sends `count` messages through a provider, `IN_FLIGHT` at once: the plain loop the platform is compared with. */
async function plainLoop(provider: MessageProvider, count: number, message: (i: number) => OutgoingMessage, arrived: () => number) {
  const before = arrived();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < count) await provider.send(message(next++));
    }),
  );
  while (arrived() - before < count) await new Promise((resolve) => setTimeout(resolve, 5));
  return count / ((performance.now() - started) / 1000);
}

async function main() {
  console.log(`starting the platform on an embedded PostgreSQL (${MEMBERS} members, ${EMAILS} emails)…`);
  const platform = await startBenchPlatform({ communications: true, offers: true });
  const [smsc, smtp] = await Promise.all([startSmppSink(), startSmtpSink()]);
  const sql = new pg.Client({ connectionString: platform.databaseUrl });
  await sql.connect();
  try {
    const login = (await gql(platform.url, LoginOperatorDocument, { input: { email: ADMIN.adminEmail, password: ADMIN.adminPassword } })).loginOperator;
    const admin = login.token as string;
    const companyId = login.operator?.company.id as string;
    const smppConfig = { host: '127.0.0.1', port: String(smsc.port), sender: 'BenchRetail' };
    const smtpConfig = { host: '127.0.0.1', port: String(smtp.port), sender: 'Bench Retail <news@bench.test>' };
    const pairs = (values: Record<string, string>) => Object.entries(values).map(([key, value]) => ({ key, value }));
    for (const [kind, settings, credentials] of [
      ['SMPP', smppConfig, SMPP_SINK_LOGIN],
      ['SMTP', smtpConfig, SMTP_SINK_LOGIN],
    ] as const) {
      const input = { name: kind, kind, settings: pairs(settings), credentials: pairs(credentials), ratePerSecond: 10_000, pricePerMessage: '0.05' };
      const { configureProvider } = await gql(platform.url, ConfigureProviderDocument, { input }, admin);
      if (configureProvider.errors.length > 0) throw new Error(JSON.stringify(configureProvider.errors));
    }
    const seeding = performance.now();
    const audiences = await seed(sql, companyId);
    console.log(`seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

    const create = async (input: CreateMailingInput) => {
      const { createMailing } = await gql(platform.url, CreateMailingDocument, { input }, admin);
      if (!createMailing.mailing) throw new Error(JSON.stringify(createMailing.errors));
      return createMailing.mailing.id;
    };

    // The estimate, three times (the first warms the processes), the median reported.
    const toAll = await create({ name: 'Everyone', channel: 'SMS', audienceId: audiences.all, content: { text: TEXT } });
    const estimates: number[] = [];
    let estimate: unknown;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      estimate = (await gql(platform.url, MailingCostEstimateDocument, { id: toAll }, admin)).mailing?.costEstimate;
      estimates.push((performance.now() - started) / 1000);
    }
    const estimateSeconds = [...estimates].sort((a, b) => a - b)[1] as number;

    /** Starts a mailing and waits for `count` arrivals, sampling the communications process's memory. */
    const send = async (id: string, count: number, arrived: () => number) => {
      const before = arrived();
      const memory: number[] = [];
      const sample = setInterval(() => {
        const rss = platform.residentMemory().find(([name]) => name === 'communications')?.[1];
        if (rss) memory.push(rss);
      }, 100);
      const started = performance.now();
      await gql(platform.url, StartMailingDocument, { input: { mailingId: id } }, admin);
      while (arrived() - before < count) await new Promise((resolve) => setTimeout(resolve, 20));
      const rate = count / ((performance.now() - started) / 1000);
      clearInterval(sample);
      while ((await gql(platform.url, MailingDocument, { id }, admin)).mailing?.state !== 'FINISHED') await new Promise((resolve) => setTimeout(resolve, 100));
      return { rate, peakMb: Math.max(...memory) };
    };
    const smsArrived = () => smsc.received.length;
    const tenth = Math.floor(MEMBERS / 10);
    const small = await send(await create({ name: 'A tenth', channel: 'SMS', audienceId: audiences.tenth, content: { text: TEXT } }), tenth, smsArrived);
    const large = await send(toAll, MEMBERS, smsArrived);
    const smppClient = createSmppProvider(smppSettings.parse(smppConfig), SMPP_SINK_LOGIN, IGNORED_HOOKS);
    const sms = (i: number): OutgoingMessage => ({
      id: randomUUID(),
      companyId,
      memberId: null,
      channel: 'SMS',
      destination: `+4916${String(i).padStart(9, '0')}`,
      subject: null,
      text: TEXT.replace('{{firstName}}', `Member${i}`).replace('{{shop}}', ADMIN.companyName),
    });
    const plainSms = await plainLoop(smppClient, MEMBERS, sms, smsArrived);
    await smppClient.close?.();

    const mailArrived = () => smtp.received.length;
    const mail = await send(
      await create({
        name: 'News',
        channel: 'EMAIL',
        audienceId: audiences.emails,
        content: { subject: 'News for {{firstName}}', text: 'Hello {{firstName}}.' },
      }),
      EMAILS,
      mailArrived,
    );
    const smtpClient = createSmtpProvider(smtpSettings.parse(smtpConfig), SMTP_SINK_LOGIN);
    const email = (i: number): OutgoingMessage => ({
      id: randomUUID(),
      companyId,
      memberId: null,
      channel: 'EMAIL',
      destination: `plain${i}@bench.test`,
      subject: `News for Member${i}`,
      text: `Hello Member${i}.`,
    });
    const plainMail = await plainLoop(smtpClient, EMAILS, email, mailArrived);
    await smtpClient.close?.();

    const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
    console.log('\nmailings');
    console.log(
      `  estimate, ${MEMBERS} members   ${estimateSeconds.toFixed(2)} s (runs ${estimates.map((s) => s.toFixed(2)).join(', ')}; target ≤ ${TARGETS.estimateSeconds} s: ${verdict(estimateSeconds <= TARGETS.estimateSeconds)})`,
    );
    console.log(`    ${JSON.stringify(estimate)}`);
    const smsRatio = large.rate / plainSms;
    console.log(`  SMS, ${tenth} recipients       ${small.rate.toFixed(0)} messages/s, communications peak RSS ${small.peakMb} MB`);
    console.log(`  SMS, ${MEMBERS} recipients      ${large.rate.toFixed(0)} messages/s, communications peak RSS ${large.peakMb} MB`);
    console.log(
      `  SMS, plain loop (${MEMBERS})    ${plainSms.toFixed(0)} messages/s; platform / plain ${smsRatio.toFixed(2)} (target ≥ ${TARGETS.rateRatio}: ${verdict(smsRatio >= TARGETS.rateRatio)})`,
    );
    const memoryRatio = large.peakMb / small.peakMb;
    console.log(
      `  peak RSS ${MEMBERS} / ${tenth}       ${memoryRatio.toFixed(2)} (target ≤ ${TARGETS.memoryRatio}: ${verdict(memoryRatio <= TARGETS.memoryRatio)})`,
    );
    const mailRatio = mail.rate / plainMail;
    console.log(
      `  email, ${EMAILS} recipients     ${mail.rate.toFixed(0)} messages/s; plain loop ${plainMail.toFixed(0)} messages/s; platform / plain ${mailRatio.toFixed(2)} (target ≥ ${TARGETS.rateRatio}: ${verdict(mailRatio >= TARGETS.rateRatio)})`,
    );
  } finally {
    await sql.end();
    await Promise.all([smsc.close(), smtp.close()]);
    await platform.stop();
  }
}

runBench(main);
