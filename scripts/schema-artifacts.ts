import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLSchema, parse, printSchema } from 'graphql';
import { PROJECT_ROOT } from '../infra/process/project-root';
import { communicationsSchema } from '../subgraphs/communications/schema';
import { ledgerSchema } from '../subgraphs/ledger/schema';
import { membersSchema } from '../subgraphs/members/schema';
import { offersSchema } from '../subgraphs/offers/schema';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

/** Every subgraph, with the URL written into the supergraph (overridden at run time by *_URL settings). */
export const SUBGRAPHS: Array<{ name: string; url: string; schema: GraphQLSchema }> = [
  { name: 'members', url: 'http://127.0.0.1:4001/graphql', schema: membersSchema },
  { name: 'ledger', url: 'http://127.0.0.1:4002/graphql', schema: ledgerSchema },
  { name: 'communications', url: 'http://127.0.0.1:4003/graphql', schema: communicationsSchema },
  { name: 'offers', url: 'http://127.0.0.1:4004/graphql', schema: offersSchema },
];

/** The files `npm run schema` writes: each subgraph's SDL, the supergraph and the client-facing API schema. */
export function buildSchemaArtifacts(): Record<string, string> {
  const files: Record<string, string> = {};
  const services = SUBGRAPHS.map(({ name, url, schema }) => {
    const sdl = printSubgraphSchema(schema);
    files[`${name}.graphql`] = sdl;
    return { name, url, typeDefs: parse(sdl) };
  });
  const composed = composeServices(services);
  if (composed.errors) {
    throw new Error(`Composition failed:\n${composed.errors.map((error) => `  ${error.message}`).join('\n')}`);
  }
  files['supergraph.graphql'] = composed.supergraphSdl;
  files['api.graphql'] = printSchema(composed.schema.toAPISchema().toGraphQLJSSchema());
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [name, text.endsWith('\n') ? text : `${text}\n`]));
}

/** Names of checked-in files that differ from what the code produces now. */
export function staleSchemaFiles(): string[] {
  return Object.entries(buildSchemaArtifacts())
    .filter(([name, text]) => {
      try {
        return readFileSync(path.join(SCHEMA_DIR, name), 'utf8') !== text;
      } catch {
        return true;
      }
    })
    .map(([name]) => name);
}
