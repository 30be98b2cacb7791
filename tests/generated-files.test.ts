import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../infra/process/project-root';
import { staleSchemaFiles } from '../scripts/schema-artifacts';

describe('generated files are up to date with the code', () => {
  test('schema/*.graphql match the printed subgraph SDL and the composed supergraph (run `npm run schema`)', () => {
    expect(staleSchemaFiles()).toEqual([]);
  });

  test('the typed operations match codegen.yml (run `npm run codegen`)', () => {
    const generated = path.join(PROJECT_ROOT, 'tests/e2e/__generated__/operations.ts');
    const committed = readFileSync(generated, 'utf8');
    const cli = path.join(PROJECT_ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js');
    // --check exits non-zero when an output would change, without writing it.
    const run = () => execFileSync(process.execPath, [cli, '--config', 'codegen.yml', '--check'], { cwd: PROJECT_ROOT, stdio: 'pipe' });
    expect(run).not.toThrow();
    expect(readFileSync(generated, 'utf8')).toBe(committed);
  });
});
