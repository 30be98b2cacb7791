/** `npm run schema`: prints each subgraph's SDL and composes the supergraph into schema/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchemaArtifacts, SCHEMA_DIR } from './schema-artifacts';

try {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [name, text] of Object.entries(buildSchemaArtifacts())) {
    writeFileSync(path.join(SCHEMA_DIR, name), text);
    console.log(`wrote schema/${name}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
