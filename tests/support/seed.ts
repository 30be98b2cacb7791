import { randomInt, randomUUID } from 'node:crypto';
import pg from 'pg';
import { openCode } from '../../infra/auth/code-sealing';
import {
  ChangeOperatorPasswordDocument,
  CreateCompanyDocument,
  CreateOperatorDocument,
  CreatePointOfSaleDocument,
  type CreatePointOfSaleInput,
  CreatePosTerminalDocument,
  LoginMemberDocument,
  LoginOperatorDocument,
  LoginTerminalDocument,
  type OperatorRole,
  RegisterMemberDocument,
  type RegisterMemberInput,
  RequestMemberCodeDocument,
  RequestPasswordResetDocument,
  ResetMemberPasswordDocument,
} from '../e2e/__generated__/operations';
import { eventually } from './eventually';
import { request } from './graphql-client';
import { BOOTSTRAP_ADMIN, type TestPlatform } from './platform';

export function uniquePhone(): string {
  return `+4917${String(randomInt(0, 1e9)).padStart(9, '0')}`;
}

export function uniqueEmail(label = 'member'): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function loginOperator(platform: TestPlatform, email: string, password: string): Promise<string> {
  const { loginOperator: result } = await request(platform.gatewayUrl, LoginOperatorDocument, { input: { email, password } });
  if (!result.token) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
  return result.token;
}

/** A first password someone else chooses for an operator (createCompany, createOperator). */
export function temporaryPassword(): string {
  return `first-${randomUUID().slice(0, 8)}-1`;
}

/**
 * An operator's first sign-in with the password someone else chose: it serves only to choose their
 * own, `own`, which later sign-ins use. Answers the session the change opens.
 */
export async function firstSignIn(platform: TestPlatform, email: string, given: string, own: string): Promise<string> {
  const restricted = await loginOperator(platform, email, given);
  const { changeOperatorPassword } = await request(
    platform.gatewayUrl,
    ChangeOperatorPasswordDocument,
    { input: { currentPassword: given, newPassword: own } },
    { token: restricted },
  );
  if (!changeOperatorPassword.token) throw new Error(`password change failed: ${JSON.stringify(changeOperatorPassword.errors)}`);
  return changeOperatorPassword.token;
}

/** An admin adds an operator, who signs in for the first time and chooses `password`. */
export async function createSignedInOperator(
  platform: TestPlatform,
  adminToken: string,
  input: { email: string; password: string; role: OperatorRole },
): Promise<{ operatorId: string; token: string }> {
  const given = temporaryPassword();
  const { createOperator } = await request(platform.gatewayUrl, CreateOperatorDocument, { input: { ...input, password: given } }, { token: adminToken });
  if (!createOperator.operator) throw new Error(`createOperator failed: ${JSON.stringify(createOperator.errors)}`);
  return { operatorId: createOperator.operator.id, token: await firstSignIn(platform, input.email, given, input.password) };
}

export interface SeededCompany {
  companyId: string;
  adminToken: string;
  /** Signs in a new operator of the company with the role. */
  operator(role: OperatorRole): Promise<string>;
}

/** A fresh company with unique names, so tests never depend on each other's data. */
export async function seedCompany(platform: TestPlatform): Promise<SeededCompany> {
  const rootToken = await loginOperator(platform, BOOTSTRAP_ADMIN.adminEmail, BOOTSTRAP_ADMIN.adminPassword);
  const adminEmail = uniqueEmail('admin');
  const given = temporaryPassword();
  const { createCompany } = await request(
    platform.gatewayUrl,
    CreateCompanyDocument,
    { input: { name: `Retail ${randomUUID().slice(0, 6)}`, adminEmail, adminPassword: given } },
    { token: rootToken },
  );
  if (!createCompany.company) throw new Error(JSON.stringify(createCompany.errors));
  const adminToken = await firstSignIn(platform, adminEmail, given, 'admin-pass-1');
  return {
    companyId: createCompany.company.id,
    adminToken,
    async operator(role) {
      const email = uniqueEmail(role.toLowerCase());
      return (await createSignedInOperator(platform, adminToken, { email, password: 'operator-pass-1', role })).token;
    },
  };
}

export interface SeededTerminal {
  terminalId: string;
  pointOfSaleId: string;
  secret: string;
  token: string;
}

/** A point of sale with one signed-in terminal; with events on, waits until the ledger knows the point of sale's settings. */
export async function seedTerminal(
  platform: TestPlatform,
  adminToken: string,
  settings: Partial<Pick<CreatePointOfSaleInput, 'confirmPaymentBySms' | 'allowPhonePaymentWithoutCode' | 'returnPolicy'>> = {},
): Promise<SeededTerminal> {
  const { createPointOfSale } = await request(
    platform.gatewayUrl,
    CreatePointOfSaleDocument,
    { input: { name: 'Main street', ...settings } },
    { token: adminToken },
  );
  const pointOfSaleId = createPointOfSale.pointOfSale?.id as string;
  if (platform.events)
    await waitForRow(platform, 'SELECT 1 FROM ledger.point_of_sale_refs WHERE point_of_sale_id = $1', [pointOfSaleId], `point of sale ${pointOfSaleId}`);
  return seedTerminalAt(platform, adminToken, pointOfSaleId);
}

/** Another signed-in terminal at an existing point of sale. */
export async function seedTerminalAt(platform: TestPlatform, adminToken: string, pointOfSaleId: string): Promise<SeededTerminal> {
  const { createPosTerminal } = await request(
    platform.gatewayUrl,
    CreatePosTerminalDocument,
    { input: { pointOfSaleId, name: 'Till 1' } },
    { token: adminToken },
  );
  const terminalId = createPosTerminal.terminal?.id as string;
  const secret = createPosTerminal.secret as string;
  const { loginTerminal } = await request(platform.gatewayUrl, LoginTerminalDocument, { input: { terminalId, secret } });
  return { terminalId, pointOfSaleId, secret, token: loginTerminal.token as string };
}

export function memberInput(overrides: Partial<RegisterMemberInput> = {}): RegisterMemberInput {
  return {
    channel: 'CONTACT_CENTER',
    phone: uniquePhone(),
    email: uniqueEmail(),
    firstName: 'Anna',
    lastName: 'Schmidt',
    birthDate: '1990-04-25',
    password: 'secret-pass-1',
    ...overrides,
  };
}

/**
 * Registers a member through staff and returns it; fails the test on payload errors. Staff may not
 * set a member's password, so when the input names one the member sets it as a member would: the
 * staff member sends a reset code, and the member uses it.
 */
export async function registerMember(platform: TestPlatform, token: string, overrides: Partial<RegisterMemberInput> = {}) {
  const input = memberInput(overrides);
  const { password, ...byStaff } = input;
  const { registerMember: result } = await request(platform.gatewayUrl, RegisterMemberDocument, { input: byStaff }, { token });
  if (!result.member) throw new Error(`registration failed: ${JSON.stringify(result.errors)}`);
  if (password) await setOwnPassword(platform, token, result.member.id, input.phone as string, password);
  return { member: result.member, input };
}

/** A person registers themself in the app, proving the phone with the code sent to it (as a referral must). */
export async function registerWithCode(platform: TestPlatform, companyId: string, overrides: Partial<RegisterMemberInput> = {}) {
  const input = memberInput({ channel: 'MOBILE_APP', companyId, ...overrides });
  const { requestMemberCode } = await request(platform.gatewayUrl, RequestMemberCodeDocument, { input: { phone: input.phone as string, companyId } });
  if (!requestMemberCode.sent) throw new Error(`no code sent: ${JSON.stringify(requestMemberCode.errors)}`);
  const verificationCode = await lastCodeSentTo(platform, input.phone as string);
  const { registerMember: result } = await request(platform.gatewayUrl, RegisterMemberDocument, { input: { ...input, verificationCode } });
  if (!result.member) throw new Error(`registration failed: ${JSON.stringify(result.errors)}`);
  // Nobody signed in sees the cards in the answer: the virtual card registration issued, from the database.
  const [card] = await querySql<{ number: string }>(platform, 'SELECT number FROM members.cards WHERE member_id = $1', [result.member.id]);
  if (!card) throw new Error('registration issued no card');
  await waitForLedgerCard(platform, card.number);
  return { member: result.member, input, cardNumber: card.number };
}

/** The member chooses a password with the reset code staff sent them; answers the member's new session. */
export async function setOwnPassword(platform: TestPlatform, staffToken: string, memberId: string, phone: string, password: string) {
  const { requestPasswordReset } = await request(platform.gatewayUrl, RequestPasswordResetDocument, { input: { memberId } }, { token: staffToken });
  if (requestPasswordReset.errors.length > 0) throw new Error(`password reset refused: ${JSON.stringify(requestPasswordReset.errors)}`);
  const code = await lastCodeSentTo(platform, phone);
  const [member] = await querySql<{ company_id: string }>(platform, 'SELECT company_id FROM members.members WHERE id = $1', [memberId]);
  const { resetMemberPassword } = await request(platform.gatewayUrl, ResetMemberPasswordDocument, {
    input: { phone, code, newPassword: password, companyId: member?.company_id },
  });
  if (!resetMemberPassword.token) throw new Error(`password reset failed: ${JSON.stringify(resetMemberPassword.errors)}`);
  return resetMemberPassword.token;
}

/**
 * The last one-time code sent to a phone or email, read from the outbox and opened with the
 * platform's key, as the communications subgraph would.
 */
export async function lastCodeSentTo(platform: TestPlatform, destination: string): Promise<string> {
  const client = new pg.Client({ connectionString: platform.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ code: string }>(
      `SELECT payload->>'sealedCode' AS code FROM members.outbox_events
        WHERE type = 'verification.code_requested' AND payload->>'destination' = $1 ORDER BY id DESC LIMIT 1`,
      [destination],
    );
    if (!rows[0]) throw new Error(`no code was sent to ${destination}`);
    return openCode(rows[0].code, platform.secrets.codeDeliveryKey);
  } finally {
    await client.end();
  }
}

/** Runs SQL against the platform's own database (for asserting stored rows and events). */
export async function querySql<T extends pg.QueryResultRow>(platform: TestPlatform, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: platform.databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Registers a member through the company's admin and signs them in with their password. */
export async function registerSignedInMember(platform: TestPlatform, company: SeededCompany, overrides: Partial<RegisterMemberInput> = {}) {
  const { member, input } = await registerMember(platform, company.adminToken, overrides);
  const token = await signInMember(platform, company.companyId, input.phone as string, input.password as string);
  return { member, input, token };
}

export async function signInMember(platform: TestPlatform, companyId: string, phone: string, password: string): Promise<string> {
  const { loginMember } = await request(platform.gatewayUrl, LoginMemberDocument, { input: { phone, password, companyId } });
  if (!loginMember.token) throw new Error(`member sign-in failed: ${JSON.stringify(loginMember.errors)}`);
  return loginMember.token;
}

/** Waits until the ledger has learnt of a member from the members subgraph's events. */
export function waitForLedger(platform: TestPlatform, memberId: string, state = 'REGISTERED'): Promise<void> {
  return waitForRow(platform, 'SELECT 1 FROM ledger.member_refs WHERE member_id = $1 AND state = $2', [memberId, state], `member ${memberId} is ${state}`);
}

/** Waits until the ledger knows a card's holder (and whether it is blocked). */
export function waitForLedgerCard(platform: TestPlatform, number: string, blocked = false): Promise<void> {
  return waitForRow(
    platform,
    'SELECT 1 FROM ledger.card_refs WHERE number = $1 AND blocked = $2 AND member_id IS NOT NULL',
    [number, blocked],
    `card ${number}`,
  );
}

async function waitForRow(platform: TestPlatform, sql: string, params: unknown[], what: string): Promise<void> {
  await eventually(async () => (await querySql(platform, sql, params))[0], `the ledger learning that ${what}`, { timeoutMs: 20_000 });
}
