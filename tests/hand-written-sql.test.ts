import pg from 'pg';
import { searchPathOption } from '../infra/db/connection';
import { createDatabaseFromTemplate, dropDatabase } from '../infra/db/test-database';
import { createLogger } from '../infra/logging/logger';
import { startEventBus } from '../infra/outbox/event-bus';
import { outboxDispatcherStatements } from '../infra/outbox/outbox-dispatcher';
import { WRITE_OUTBOX_EVENTS_SQL } from '../infra/outbox/outbox-writer';
import { MESSAGE_STATEMENTS } from '../subgraphs/communications/data/messages-store';
import { COMMUNICATIONS_SCHEMA } from '../subgraphs/communications/data/prisma';
import { LEDGER_SCHEMA } from '../subgraphs/ledger/data/prisma';
import { CODE_REQUEST_STATEMENTS } from '../subgraphs/members/data/code-request-store';
import { MEMBER_CONTACT_STATEMENTS, MEMBER_CONTACTS_STATEMENTS } from '../subgraphs/members/data/member-contact-store';
import { MEMBERS_SCHEMA } from '../subgraphs/members/data/prisma';
import { OFFERS_SCHEMA } from '../subgraphs/offers/data/prisma';

/**
 * SQL written by hand for the hot paths (sent through `pg`, not Prisma) names tables, columns and
 * enum types the Prisma schemas define. Each statement is prepared against the migrated database,
 * in the schema it runs in: PostgreSQL resolves every name when it plans a statement, so a column
 * renamed in a Prisma schema (and its migration) fails here, not at a till or a sign-in.
 */
const outboxStatements = (schema: string) => ({ writeOutboxEvents: WRITE_OUTBOX_EVENTS_SQL, ...outboxDispatcherStatements(schema) });

const STATEMENTS: Record<string, Record<string, string>> = {
  [MEMBERS_SCHEMA]: { ...CODE_REQUEST_STATEMENTS, ...MEMBER_CONTACT_STATEMENTS, ...MEMBER_CONTACTS_STATEMENTS, ...outboxStatements(MEMBERS_SCHEMA) },
  [LEDGER_SCHEMA]: outboxStatements(LEDGER_SCHEMA),
  [COMMUNICATIONS_SCHEMA]: { ...MESSAGE_STATEMENTS, ...outboxStatements(COMMUNICATIONS_SCHEMA) },
  [OFFERS_SCHEMA]: outboxStatements(OFFERS_SCHEMA),
};

let databaseUrl: string;
beforeAll(async () => {
  databaseUrl = await createDatabaseFromTemplate(process.env.TEST_ADMIN_DATABASE_URL as string, process.env.TEST_TEMPLATE_DATABASE as string);
  // The dispatcher reads pg-boss's subscriptions: its tables are made when it first starts.
  const bus = await startEventBus(databaseUrl, createLogger('test', 'silent'));
  await bus.stop({ wait: true });
});
afterAll(() => (databaseUrl ? dropDatabase(databaseUrl) : undefined));

/** Why PostgreSQL would not plan the statement in the schema, or null when it would. */
async function planProblem(schema: string, statement: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: databaseUrl, options: searchPathOption(schema) });
  await client.connect();
  try {
    await client.query(`PREPARE hand_written AS ${statement}`);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end();
  }
}

test.each(Object.entries(STATEMENTS).flatMap(([schema, statements]) => Object.entries(statements).map(([name, text]) => [schema, name, text])))(
  '%s: %s names only what the migrated schema has',
  async (schema, _name, text) => {
    expect(await planProblem(schema as string, text as string)).toBeNull();
  },
);

test('a statement naming a column the schema does not have is caught', async () => {
  const renamed = MESSAGE_STATEMENTS.markSent.replace('provider_message_ids', 'provider_message_numbers');
  expect(await planProblem(COMMUNICATIONS_SCHEMA, renamed)).toMatch(/provider_message_numbers.*does not exist/);
});
