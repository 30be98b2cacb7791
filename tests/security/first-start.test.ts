import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { gatewayEnvSchema } from '../../gateway/env';
import { baseEnvSchema, parseEnv } from '../../infra/config/env';
import { generatedSecretsPath, resolveSecrets } from '../../infra/config/secrets';
import { createLogger } from '../../infra/logging/logger';
import { buildPlatform } from '../../infra/process/build';
import { PROJECT_ROOT } from '../../infra/process/project-root';
import { bootstrapSettings, membersEnvSchema } from '../../subgraphs/members/env';
import { ChangeOperatorPasswordDocument, CreateOperatorDocument, CurrentCompanyDocument, LoginOperatorDocument } from '../e2e/__generated__/operations';
import { call, errorCodes, request } from '../support/graphql-client';
import { startTestPlatform, type TestPlatform } from '../support/platform';

/** Nothing usable ships in the source: secrets and the first password are made for each deployment. */
const logger = createLogger('test', 'silent');

describe('secrets without settings', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'loyalty-secrets-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  test('are generated at random once per DATA_DIR, readable by the owner only, and the same on every later start', () => {
    const env = parseEnv(baseEnvSchema, { DATA_DIR: dataDir });
    const first = resolveSecrets(env, logger);
    const again = resolveSecrets(env, logger);
    expect(again).toEqual(first);
    expect(new Set(Object.values(first)).size).toBe(5);
    for (const secret of Object.values(first)) expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(generatedSecretsPath(dataDir)).mode & 0o777).toBe(0o600);
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'loyalty-secrets-'));
    try {
      expect(resolveSecrets(parseEnv(baseEnvSchema, { DATA_DIR: elsewhere }), logger).tokenSecret).not.toBe(first.tokenSecret);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  test('a secret that is set wins over the generated one; production refuses to start without them all', () => {
    const token = 'a-token-secret-chosen-by-the-operator-0001';
    expect(resolveSecrets(parseEnv(baseEnvSchema, { DATA_DIR: dataDir, TOKEN_SECRET: token }), logger).tokenSecret).toBe(token);
    const kept = JSON.parse(readFileSync(generatedSecretsPath(dataDir), 'utf8'));
    expect(kept.tokenSecret).not.toBe(token);
    expect(() => resolveSecrets(parseEnv(baseEnvSchema, { DATA_DIR: dataDir, NODE_ENV: 'production', TOKEN_SECRET: token }), logger)).toThrow(
      'GATEWAY_SIGNING_SECRET, PHONE_KEY_SECRET, CODE_DELIVERY_KEY, CREDENTIALS_KEY must be set in production',
    );
  });

  test('a set kept by an older version gains the secrets it lacks and keeps the others', () => {
    const older = { tokenSecret: 't'.repeat(48), gatewaySigningSecret: 'g'.repeat(48), phoneKeySecret: 'p'.repeat(48) };
    writeFileSync(generatedSecretsPath(dataDir), JSON.stringify(older), { mode: 0o600 });
    const upgraded = resolveSecrets(parseEnv(baseEnvSchema, { DATA_DIR: dataDir }), logger);
    expect(upgraded).toEqual({ ...older, codeDeliveryKey: expect.stringMatching(/^.{32,}$/), credentialsKey: expect.stringMatching(/^.{32,}$/) });
    expect(resolveSecrets(parseEnv(baseEnvSchema, { DATA_DIR: dataDir }), logger)).toEqual(upgraded);
    expect(statSync(generatedSecretsPath(dataDir)).mode & 0o777).toBe(0o600);
  });

  test('the gateway listens on loopback unless HOST says otherwise', () => {
    expect(parseEnv(gatewayEnvSchema, {}).HOST).toBe('127.0.0.1');
    expect(parseEnv(gatewayEnvSchema, { HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
  });
});

describe('the embedded PostgreSQL server', () => {
  // The suite's own server (tests/support/global-setup.ts), when DATABASE_URL does not name another.
  const embedded = !process.env.DATABASE_URL;
  const passwordFile = path.join(PROJECT_ROOT, '.data', 'test', 'postgres-password');

  (embedded ? test : test.skip)('has a random superuser password kept owner-only in DATA_DIR; the old fixed one opens nothing', async () => {
    const adminUrl = new URL(process.env.TEST_ADMIN_DATABASE_URL as string);
    const kept = readFileSync(passwordFile, 'utf8').trim();
    expect(kept.length).toBeGreaterThanOrEqual(24);
    expect(decodeURIComponent(adminUrl.password)).toBe(kept);
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    adminUrl.password = 'postgres';
    const client = new pg.Client({ connectionString: adminUrl.toString() });
    await expect(client.connect()).rejects.toMatchObject({ code: '28P01' });
    await client.end().catch(() => undefined);
  });

  test('is refused in production: `npm start` there needs DATABASE_URL', async () => {
    const secrets = {
      TOKEN_SECRET: 't'.repeat(40),
      GATEWAY_SIGNING_SECRET: 'g'.repeat(40),
      PHONE_KEY_SECRET: 'p'.repeat(40),
      CODE_DELIVERY_KEY: 'c'.repeat(40),
      CREDENTIALS_KEY: 'k'.repeat(40),
    };
    const inherited = { ...process.env };
    delete inherited.DATABASE_URL;
    // The suite's cheap hashing is refused in production (as it should be): not what this test is about.
    delete inherited.SECRET_HASH_COST;
    // As `npm start` runs it: compiled (here into a folder of the test's own, beside dist/).
    const built = path.join(PROJECT_ROOT, '.data', 'first-start-build');
    await buildPlatform(built);
    const run = spawnSync(process.execPath, [path.join(built, 'scripts', 'start.js')], {
      cwd: PROJECT_ROOT,
      env: { ...inherited, ...secrets, NODE_ENV: 'production', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'loyalty-prod-')), LOG_LEVEL: 'error' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain('DATABASE_URL must be set in production');
    rmSync(built, { recursive: true, force: true });
  });
});

describe('the first administrator without a configured password', () => {
  const bootstrap = bootstrapSettings(parseEnv(membersEnvSchema, { BOOTSTRAP_ADMIN_EMAIL: 'first@admin.test' }));
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ bootstrap });
  });
  afterAll(() => platform?.stop());

  test('gets a random password that serves only to change it at the first sign-in', async () => {
    expect(bootstrap.passwordGenerated).toBe(true);
    expect(bootstrap.adminPassword).toMatch(/^(?=.*[a-z])(?=.*\d).{16,}$/i);
    expect(bootstrapSettings(parseEnv(membersEnvSchema, {})).adminPassword).not.toBe(bootstrap.adminPassword);

    const login = async (password: string) =>
      (await request(platform.gatewayUrl, LoginOperatorDocument, { input: { email: 'first@admin.test', password } })).loginOperator;
    const first = await login(bootstrap.adminPassword);
    expect(first.operator?.passwordChangeRequired).toBe(true);
    const restricted = { token: first.token as string };
    expect(errorCodes(await call(platform.gatewayUrl, CurrentCompanyDocument, {}, restricted))).toEqual(['FORBIDDEN']);
    const input = { email: 'second@admin.test', password: 'second-pass-1', role: 'ADMIN' as const };
    expect(errorCodes(await call(platform.gatewayUrl, CreateOperatorDocument, { input }, restricted))).toEqual(['FORBIDDEN']);

    const change = async (currentPassword: string, newPassword: string) =>
      (await request(platform.gatewayUrl, ChangeOperatorPasswordDocument, { input: { currentPassword, newPassword } }, restricted)).changeOperatorPassword;
    expect((await change('not-the-password-1', 'chosen-pass-1')).errors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    expect((await change(bootstrap.adminPassword, 'short')).errors.map((e) => e.code)).toEqual(['WEAK_PASSWORD']);
    const changed = await change(bootstrap.adminPassword, 'chosen-pass-1');
    expect(changed.errors).toEqual([]);
    expect(changed.operator?.passwordChangeRequired).toBe(false);
    const { company } = await request(platform.gatewayUrl, CurrentCompanyDocument, {}, { token: changed.token as string });
    expect(company?.id).toEqual(expect.any(String));
    // The old token stays restricted; the old password no longer signs in.
    expect(errorCodes(await call(platform.gatewayUrl, CurrentCompanyDocument, {}, restricted))).toEqual(['FORBIDDEN']);
    expect((await login(bootstrap.adminPassword)).errors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    expect((await login('chosen-pass-1')).operator?.passwordChangeRequired).toBe(false);
  });
});
