import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logging/logger';
import type { BaseEnv, Secrets } from './env';

const SETTINGS = {
  tokenSecret: 'TOKEN_SECRET',
  gatewaySigningSecret: 'GATEWAY_SIGNING_SECRET',
  phoneKeySecret: 'PHONE_KEY_SECRET',
  codeDeliveryKey: 'CODE_DELIVERY_KEY',
  credentialsKey: 'CREDENTIALS_KEY',
} as const;

type RequiredSecret = keyof typeof SETTINGS;
const KEYS = Object.keys(SETTINGS) as RequiredSecret[];

/** Where a deployment without secret settings keeps the ones generated for it. */
export function generatedSecretsPath(dataDir: string): string {
  return path.resolve(dataDir, 'secrets.json');
}

function randomSecrets(): Secrets {
  return Object.fromEntries(KEYS.map((key) => [key, randomBytes(48).toString('base64url')])) as unknown as Secrets;
}

/**
 * Random secrets kept in DATA_DIR, readable by their owner only: made on the first start, read on
 * every later one, so all processes of one deployment share them and restarts keep tokens valid.
 * Written aside and linked into place, so two processes starting at once agree on one set.
 */
function keptSecrets(dataDir: string, logger: Logger): Secrets {
  const file = generatedSecretsPath(dataDir);
  mkdirSync(path.dirname(file), { recursive: true });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, JSON.stringify(randomSecrets()), { mode: 0o600 });
  try {
    linkSync(draft, file);
    logger.warn(
      { file },
      `No secrets were set: generated random ones, kept in ${file} (owner-only). Set ${Object.values(SETTINGS).join(', ')} to manage them yourself.`,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  chmodSync(file, 0o600);
  const kept = JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>;
  const missing = KEYS.filter((key) => typeof kept[key] !== 'string' || (kept[key] as string).length < 32);
  if (missing.length === 0) return kept as Secrets;
  // A set kept by an older version lacks the newer secrets: they are added, the others kept (tokens stay valid).
  const completed = { ...randomSecrets(), ...Object.fromEntries(KEYS.filter((key) => !missing.includes(key)).map((key) => [key, kept[key]])) };
  writeFileSync(draft, JSON.stringify(completed), { mode: 0o600 });
  renameSync(draft, file);
  logger.warn({ file, added: missing.map((key) => SETTINGS[key]) }, 'added the secrets this version needs to the generated set');
  return completed as Secrets;
}

/**
 * The secrets for tokens, the gateway's identity signature, phone look-up keys, sealed codes and
 * the providers' stored credentials.
 * Production must set them all. Elsewhere an unset one comes from DATA_DIR's generated set (see keptSecrets):
 * nothing usable ever ships in the source.
 */
export function resolveSecrets(env: BaseEnv, logger: Logger): Secrets {
  const previous = env.PHONE_KEY_SECRET_PREVIOUS ? { previousPhoneKeySecret: env.PHONE_KEY_SECRET_PREVIOUS } : {};
  const given: Partial<Secrets> = Object.fromEntries(KEYS.map((key) => [key, env[SETTINGS[key]]]));
  const missing = KEYS.filter((key) => !given[key]);
  if (missing.length === 0) return { ...(given as Secrets), ...previous };
  if (env.NODE_ENV === 'production') throw new Error(`${missing.map((key) => SETTINGS[key]).join(', ')} must be set in production`);
  return { ...keptSecrets(env.DATA_DIR, logger), ...Object.fromEntries(Object.entries(given).filter(([, value]) => value)), ...previous };
}
