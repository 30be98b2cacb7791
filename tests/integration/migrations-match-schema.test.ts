import pg from 'pg';
import { createSchemaPool } from '../../infra/db/pool';
import { createDatabaseFromTemplate, dropDatabase } from '../../infra/db/test-database';
import * as memberEnums from '../../subgraphs/members/data/generated/prisma/enums';
import { createMembersPrisma, MEMBERS_SCHEMA } from '../../subgraphs/members/data/prisma';

/**
 * A schema.prisma change without its migration would pass type checks and fail at run time
 * ("column does not exist"). Prisma's own `migrate diff` cannot run with a driver adapter, so this
 * compares the client's data model with what the migrations actually built.
 */
let url: string;
beforeAll(async () => {
  url = await createDatabaseFromTemplate(process.env.TEST_ADMIN_DATABASE_URL as string, process.env.TEST_TEMPLATE_DATABASE as string);
});
afterAll(() => dropDatabase(url));

interface RuntimeModel {
  dbName: string | null;
  fields: Array<{ name: string; kind: string; dbName?: string | null }>;
}

test('every model and column of the members Prisma schema exists after the migrations, and every enum has the same values', async () => {
  const pool = createSchemaPool(url, MEMBERS_SCHEMA);
  const prisma = createMembersPrisma(pool);
  // The generated client keeps its data model here; there is no public accessor in Prisma 6.
  const models = (prisma as unknown as { _runtimeDataModel: { models: Record<string, RuntimeModel> } })._runtimeDataModel.models;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: columns } = await client.query<{ table_name: string; column_name: string }>(
      'SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1',
      [MEMBERS_SCHEMA],
    );
    const existing = new Set(columns.map((c) => `${c.table_name}.${c.column_name}`));
    const expected = Object.entries(models).flatMap(([name, model]) =>
      model.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum').map((f) => `${model.dbName ?? name}.${f.dbName ?? f.name}`),
    );
    expect(expected.filter((column) => !existing.has(column))).toEqual([]);

    const { rows: labels } = await client.query<{ type: string; label: string }>(
      `SELECT t.typname AS type, e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
         JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1 ORDER BY e.enumsortorder`,
      [MEMBERS_SCHEMA],
    );
    for (const [name, values] of Object.entries(memberEnums)) {
      expect({ name, values: labels.filter((l) => l.type === name).map((l) => l.label) }).toEqual({ name, values: Object.values(values) });
    }
  } finally {
    await client.end();
    await prisma.$disconnect();
    await pool.end();
  }
});
