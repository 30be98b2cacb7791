import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { buildSchema, type FieldNode, type OperationDefinitionNode, parse } from 'graphql';
import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes } from '../support/graphql-client';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { AUTHORISATION_MATRIX, CALLERS, type Caller } from './authorisation-matrix';
import { type Cell, MATRIX_OPERATIONS, type MatrixOperation } from './authorisation-matrix-operations';
import { seedWorld, type World } from './authorisation-matrix-world';

/**
 * Sends every cell of the authorisation matrix (authorisation-matrix.ts) through the gateway, with
 * input that is valid for the caller, and checks what happened against the table. One platform for
 * the file; the ten callers of a row run at once.
 */
// With events between the subgraphs: a limit may name only a terminal the ledger has learnt of.
const env = usePlatformWithCompany({ events: true, communications: true, offers: true });
let world: World;
let smtp: SmtpSink;
beforeAll(async () => {
  smtp = await startSmtpSink();
  world = await seedWorld(env.platform, env.company, smtp.port);
});
afterAll(() => smtp?.close());

test('the table lists every Query and Mutation field of the public schema, and no other', () => {
  const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema/api.graphql'), 'utf8'));
  const inSchema = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
  const inTable = Object.keys(AUTHORISATION_MATRIX);
  expect({ missingFromTable: inSchema.filter((name) => !inTable.includes(name)), goneFromSchema: inTable.filter((name) => !inSchema.includes(name)) }).toEqual({
    missingFromTable: [],
    goneFromSchema: [],
  });
});

test('every row of the table has a way to call it', () => {
  expect(Object.keys(MATRIX_OPERATIONS).sort()).toEqual(Object.keys(AUTHORISATION_MATRIX).sort());
});

type DocumentOf = TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;

/** What happened to one call, in the table's words, or a description of anything else (which fails the row). */
function outcomeOf(result: Awaited<ReturnType<typeof call>>, field: string, operation: MatrixOperation): string {
  if (result.status === 401) return 'UNAUTHENTICATED';
  if (result.errors?.length) return errorCodes(result).join(', ');
  const value = (result.data as Record<string, unknown> | undefined)?.[field];
  if (value === null || value === undefined) return 'hidden';
  const codes = ((value as { errors?: { code: string }[] }).errors ?? []).map((error) => error.code);
  // Only "there is no such thing" counts as hiding; any other refusal means the input was not valid for the cell.
  if (codes.length > 0) return codes.every((code) => code.endsWith('_NOT_FOUND')) ? 'hidden' : `payload errors: ${codes.join(', ')}`;
  return operation.judge ? operation.judge(value, world) : 'allowed';
}

/** Whether the table lets the caller through: such a cell changes its subject, so it gets one of its own. */
const allowedByTable = (name: string, caller: Caller) => AUTHORISATION_MATRIX[name]?.outcomes[CALLERS.indexOf(caller)] === 'allowed';

async function callAs(name: string, caller: Caller, row: { sharedSubject?: Promise<unknown> }): Promise<string> {
  const operation = MATRIX_OPERATIONS[name] as MatrixOperation;
  const document = parse(operation.document) as DocumentOf;
  const field = ((document.definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode).name.value;
  const cell: Cell = {
    caller,
    subject<T>(make: () => Promise<T>): Promise<T> {
      if (allowedByTable(name, caller)) return make();
      row.sharedSubject ??= make();
      return row.sharedSubject as Promise<T>;
    },
  };
  const prepared = await operation.prepare(world, cell);
  const subject = prepared.subject ?? world.subject;
  const token = prepared.token !== undefined ? prepared.token : caller === 'member' ? subject.token : world.tokens[caller];
  return outcomeOf(await call(world.url, document, prepared.variables, { token }), field, operation);
}

/** Each row is called once, whether one test or two (a known gap) read it; its callers at once, or one at a time for sign-ins. */
const rowResults = new Map<string, Promise<Record<Caller, string>>>();
function outcomesOfRow(name: string): Promise<Record<Caller, string>> {
  let results = rowResults.get(name);
  if (!results) {
    results = callRow(name);
    rowResults.set(name, results);
  }
  return results;
}

async function callRow(name: string): Promise<Record<Caller, string>> {
  const shared = {};
  const outcomes: Partial<Record<Caller, string>> = {};
  if (MATRIX_OPERATIONS[name]?.oneAtATime) {
    for (const caller of CALLERS) outcomes[caller] = await callAs(name, caller, shared);
  } else {
    await Promise.all(CALLERS.map(async (caller) => (outcomes[caller] = await callAs(name, caller, shared))));
  }
  return outcomes as Record<Caller, string>;
}

const expectedOf = (name: string, callers: readonly Caller[]) => {
  const row = AUTHORISATION_MATRIX[name];
  return Object.fromEntries(callers.map((caller) => [caller, row?.outcomes[CALLERS.indexOf(caller)]]));
};
const pick = (all: Record<Caller, string>, callers: readonly Caller[]) => Object.fromEntries(callers.map((caller) => [caller, all[caller]]));

describe('each operation, as each kind of caller, does what the table says', () => {
  for (const [name, row] of Object.entries(AUTHORISATION_MATRIX)) {
    const gap = row.knownGap?.callers ?? [];
    const checked = CALLERS.filter((caller) => !gap.includes(caller));
    test(name, async () => {
      expect(pick(await outcomesOfRow(name), checked)).toEqual(expectedOf(name, checked));
    });
    if (row.knownGap) {
      // Passes while the gap is there; once it is fixed this fails, and the knownGap comes out of the table.
      test.failing(`${name}: known gap for ${gap.join(', ')}: ${row.knownGap.why}`, async () => {
        expect(pick(await outcomesOfRow(name), gap)).toEqual(expectedOf(name, gap));
      });
    }
  }
});
