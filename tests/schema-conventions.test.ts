import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  errorCodeValues,
  errorList,
  mutationDescriptions,
  subgraphSource,
  undescribedElements,
  unreferencedCodes,
  withoutCodeList,
} from './support/sdl-conventions';

/** The conventions of the printed subgraph SDL (schema/<name>.graphql, kept current by generated-files.test.ts). */

const ROOT = path.resolve(__dirname, '..');
const sdlOf = (subgraph: string) => readFileSync(path.join(ROOT, 'schema', `${subgraph}.graphql`), 'utf8');

describe.each(['ledger', 'members', 'offers'])('the %s subgraph', (subgraph) => {
  const sdl = sdlOf(subgraph);
  const codes = errorCodeValues(sdl);
  const mutations = [...mutationDescriptions(sdl)];

  test('describes every type, field, argument, input field and enum value', () => {
    expect(undescribedElements(sdl)).toEqual([]);
  });

  test('ends every mutation description with the error codes it can return (`Errors: CODE_A, CODE_B.`)', () => {
    expect(mutations.length).toBeGreaterThan(0);
    expect(mutations.filter(([, description]) => errorList(description) === null).map(([name]) => name)).toEqual([]);
  });

  test('names only ErrorCode values in those lists', () => {
    const unknown = mutations.flatMap(([name, description]) =>
      (errorList(description) ?? []).filter((code) => !codes.includes(code)).map((code) => `${name}: ${code}`),
    );
    expect(unknown).toEqual([]);
  });

  test('has no ErrorCode value that its source never raises', () => {
    expect(codes.length).toBeGreaterThan(0);
    expect(unreferencedCodes(codes, subgraphSource(path.join(ROOT, 'subgraphs', subgraph)))).toEqual([]);
  });
});

describe('the checks themselves', () => {
  const sdl = `
    """Described."""
    type Query {
      """Described."""
      thing(id: ID!): Thing
    }
    type Thing { name: String }
    """Described."""
    enum Kind { """Described.""" A B }
    """Described."""
    input Filter { """Described.""" name: String size: Int }
    """Described."""
    enum ErrorCode { """Described.""" KNOWN """Described.""" RAISED }
    """Described."""
    type Mutation {
      """Does a thing. Errors: KNOWN, RAISED."""
      listed(input: ID): Thing
      """Does a thing, naming no errors."""
      unlisted: Thing
      """Does a thing. Errors: KNOWN, NOT_A_CODE."""
      unknown: Thing
    }
    type _Service { sdl: String }
  `;

  test('find every undescribed element, and leave federation machinery alone', () => {
    expect(undescribedElements(sdl)).toEqual(['Query.thing(id:)', 'Thing', 'Thing.name', 'Kind.B', 'Filter.size', 'Mutation.listed(input:)']);
  });

  test('read the Errors list a description ends with, and no other', () => {
    const lists = [...mutationDescriptions(sdl)].map(([name, description]) => [name, errorList(description)]);
    expect(lists).toEqual([
      ['listed', ['KNOWN', 'RAISED']],
      ['unlisted', null],
      ['unknown', ['KNOWN', 'NOT_A_CODE']],
    ]);
    expect(errorCodeValues(sdl)).toEqual(['KNOWN', 'RAISED']);
  });

  test('count a code as raised only where the source names it as a string, not in the list that defines the codes', () => {
    const source = "export const DEMO_ERROR_CODES = ['KNOWN', 'RAISED'] as const;\nthrow new DemoError('RAISED', 'why');";
    expect(unreferencedCodes(['KNOWN', 'RAISED'], withoutCodeList(source))).toEqual(['KNOWN']);
  });
});
