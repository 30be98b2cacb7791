import { randomUUID } from 'node:crypto';
import { type SignedIdentity, verifyToken } from '../../infra/auth/tokens';
import {
  AccrueBonusesBulkDocument,
  AccrueBonusesDocument,
  BlockCardDocument,
  BlockMemberAccountDocument,
  CalculateManualOperationDocument,
  CalculatePurchaseDocument,
  CalculateRefundDocument,
  ConfigureProviderDocument,
  ConfirmPurchaseDocument,
  CreateCardBatchDocument,
  CreateCurrencyDocument,
  CreateFamilyDocument,
  CreateLimitDocument,
  CreatePointOfSaleDocument,
  CurrentCompanyDocument,
  InviteToFamilyDocument,
  JoinFamilyDocument,
  type LimitDefinition,
  type OperatorRole,
  UpdateProgramRulesDocument,
} from '../e2e/__generated__/operations';
import { request } from '../support/graphql-client';
import type { TestPlatform } from '../support/platform';
import {
  createSignedInOperator,
  querySql,
  registerMember,
  type SeededCompany,
  type SeededTerminal,
  seedCompany,
  seedTerminal,
  seedTerminalAt,
  uniqueEmail,
} from '../support/seed';
import type { Caller } from './authorisation-matrix';

/** A member the matrix acts on, with their token: the `member` caller acts as them. */
export interface Person {
  id: string;
  phone: string;
  cardNumber: string;
  token: string;
}

export interface Credentials {
  email: string;
  password: string;
  token: string;
}

const PASSWORD = 'matrix-pass-1';
/** A receipt every till call of the matrix can send: 10 % of it accrues, half of it may be paid with bonuses. */
export const RECEIPT = [{ product: 'matrix-socks', price: '10.00', quantity: '1' }];
/** Far above anything the matrix does, so limits it creates never refuse the other rows' calls. */
export const HARMLESS_LIMIT: LimitDefinition = { name: 'Matrix ceiling', metric: 'CARD_ACCRUED', period: 'DAY', refuseAbove: '1000000' };

/**
 * Everything the matrix's cells act on, seeded once per test file: the callers of each kind, a
 * shared subject member with bonuses and a confirmed purchase, the company's own data each row
 * needs, and factories for fresh subjects where a row changes its subject for good.
 */
export type World = Awaited<ReturnType<typeof seedWorld>>;

export async function seedWorld(platform: TestPlatform, home: SeededCompany, smtpPort: number) {
  const url = platform.gatewayUrl;
  const admin = { token: home.adminToken };
  const other = await seedCompany(platform);

  /** A session's token as sign-in issues it, without hashing a password a hundred times (the sign-in rows test sign-in). */
  const tokenFor = async (identity: SignedIdentity) => (await platform.startSession(identity)).token;

  async function newOperator(company: SeededCompany, role: OperatorRole): Promise<Credentials> {
    const email = uniqueEmail(role.toLowerCase());
    const { token } = await createSignedInOperator(platform, company.adminToken, { email, password: PASSWORD, role });
    return { email, password: PASSWORD, token };
  }

  /** A fresh registered member of the home company, without a password, and their token. */
  async function newMember(): Promise<Person> {
    const { member, input } = await registerMember(platform, home.adminToken, { password: undefined });
    const token = await tokenFor({ kind: 'member', memberId: member.id, companyId: home.companyId });
    return { id: member.id, phone: input.phone as string, cardNumber: member.cards[0]?.number as string, token };
  }

  /** A member with a password, for the loginMember row. */
  async function memberWithPassword() {
    const { input } = await registerMember(platform, home.adminToken, { password: PASSWORD });
    return { phone: input.phone as string, password: PASSWORD };
  }

  const [roles, terminal, otherStoreTerminal, otherTerminal, subject, otherMember, loginTerminal, operatorLogin, memberLogin] = await Promise.all([
    Promise.all(
      (['ADMIN', 'MARKETER', 'OPERATOR', 'SECURITY', 'SUPPORT'] as const).map(async (role) => [role, (await newOperator(home, role)).token] as const),
    ),
    seedTerminal(platform, home.adminToken),
    seedTerminal(platform, home.adminToken),
    seedTerminal(platform, other.adminToken),
    newMember(),
    newMember(),
    seedTerminal(platform, home.adminToken),
    newOperator(home, 'OPERATOR'),
    memberWithPassword(),
  ]);
  const tokens: Record<Caller, string | null> = {
    anonymous: null,
    member: subject.token,
    otherMember: otherMember.token,
    terminal: terminal.token,
    otherStoreTerminal: otherStoreTerminal.token,
    otherCompanyTerminal: otherTerminal.token,
    ...Object.fromEntries(roles),
    otherCompanyAdmin: other.adminToken,
  } as Record<Caller, string | null>;

  async function pendingPurchase(at: SeededTerminal = terminal, idempotencyKey = randomUUID()) {
    const input = { idempotencyKey, cardNumber: subject.cardNumber, lines: RECEIPT };
    const { calculatePurchase } = await request(url, CalculatePurchaseDocument, { input }, { token: at.token });
    if (!calculatePurchase.purchase) throw new Error(`calculatePurchase: ${JSON.stringify(calculatePurchase.errors)}`);
    return calculatePurchase.purchase.id;
  }

  async function confirmedPurchase(idempotencyKey = randomUUID()) {
    const purchaseId = await pendingPurchase(terminal, idempotencyKey);
    const { confirmPurchase } = await request(url, ConfirmPurchaseDocument, { input: { idempotencyKey: randomUUID(), purchaseId } }, { token: terminal.token });
    if (confirmPurchase.errors.length > 0) throw new Error(`confirmPurchase: ${JSON.stringify(confirmPurchase.errors)}`);
    return purchaseId;
  }

  async function pendingRefund() {
    const purchaseId = await confirmedPurchase();
    const { calculateRefund } = await request(url, CalculateRefundDocument, { input: { idempotencyKey: randomUUID(), purchaseId } }, { token: terminal.token });
    if (!calculateRefund.refund) throw new Error(`calculateRefund: ${JSON.stringify(calculateRefund.errors)}`);
    return calculateRefund.refund.id;
  }

  async function pendingManualOperation() {
    const input = { idempotencyKey: randomUUID(), cardNumber: subject.cardNumber, kind: 'ACCRUAL' as const, amount: '1', reason: 'matrix goodwill' };
    const { calculateManualOperation } = await request(url, CalculateManualOperationDocument, { input }, { token: terminal.token });
    if (!calculateManualOperation.manualOperation) throw new Error(`calculateManualOperation: ${JSON.stringify(calculateManualOperation.errors)}`);
    return calculateManualOperation.manualOperation.id;
  }

  async function blockedMember() {
    const person = await newMember();
    await request(url, BlockMemberAccountDocument, { input: { memberId: person.id, reason: 'matrix' } }, admin);
    return person;
  }

  async function memberWithBlockedCard() {
    const person = await newMember();
    await request(url, BlockCardDocument, { input: { cardNumber: person.cardNumber, reason: 'LOST' } }, admin);
    return person;
  }

  /** A family headed by a fresh member, created by staff. */
  async function family() {
    const head = await newMember();
    const { createFamily } = await request(url, CreateFamilyDocument, { input: { memberId: head.id } }, admin);
    if (createFamily.errors.length > 0) throw new Error(`createFamily: ${JSON.stringify(createFamily.errors)}`);
    return head;
  }

  /** A pending invitation of `invitee` into a fresh family, sent by staff for its head. */
  async function invitation(invitee: Person) {
    const head = await family();
    const { inviteToFamily } = await request(url, InviteToFamilyDocument, { input: { memberId: head.id, inviteeMemberId: invitee.id } }, admin);
    if (!inviteToFamily.invitation) throw new Error(`inviteToFamily: ${JSON.stringify(inviteToFamily.errors)}`);
    return inviteToFamily.invitation.id;
  }

  /** A fresh member who joined a family (not its head): only the invitee may accept, so with their token. */
  async function familyMember() {
    const invitee = await newMember();
    const invitationId = await invitation(invitee);
    const { joinFamily } = await request(url, JoinFamilyDocument, { input: { invitationId } }, { token: invitee.token });
    if (joinFamily.errors.length > 0) throw new Error(`joinFamily: ${JSON.stringify(joinFamily.errors)}`);
    return invitee;
  }

  // The program: bonuses accrue on purchases and may pay half of one; a second currency of the company.
  const currencyCode = `MX${randomUUID().slice(0, 6).replace(/-/g, '')}`.toUpperCase();
  await Promise.all([
    request(url, UpdateProgramRulesDocument, { input: { baseAccrualPercent: '10', maxPaymentShare: '0.5' } }, admin),
    request(url, CreateCurrencyDocument, { input: { code: currencyCode, name: 'Matrix stars', exchangeRate: '1' } }, admin),
    request(url, AccrueBonusesDocument, { input: { memberId: subject.id, amount: '1000', reason: 'matrix float' } }, admin),
  ]);

  // A limit of the company, and an alert raised at a till of its own, so both lists have something to hide.
  const alarmTerminal = await seedTerminalAt(platform, home.adminToken, terminal.pointOfSaleId);
  const alarm: LimitDefinition = {
    name: 'Matrix alarm',
    metric: 'TERMINAL_PURCHASE_ACCRUALS',
    period: 'DAY',
    refuseAbove: '0.01',
    subjectId: alarmTerminal.terminalId,
  };
  const [limit] = await Promise.all([
    request(url, CreateLimitDocument, { input: HARMLESS_LIMIT }, admin),
    request(url, CreateLimitDocument, { input: alarm }, admin),
  ]);
  const limitId = limit.createLimit.limit?.id as string;
  const { calculatePurchase: refused } = await request(
    url,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber: subject.cardNumber, lines: RECEIPT } },
    { token: alarmTerminal.token },
  );
  if (refused.errors[0]?.code !== 'LIMIT_EXCEEDED') throw new Error(`the alarm limit did not fire: ${JSON.stringify(refused.errors)}`);

  const purchaseKey = randomUUID();
  const [purchaseId, bulk, spare, batch, company, invitationId] = await Promise.all([
    confirmedPurchase(purchaseKey),
    request(url, AccrueBonusesBulkDocument, { input: { idempotencyKey: randomUUID(), memberIds: [subject.id], amount: '1', reason: 'matrix bulk' } }, admin),
    request(url, CreatePointOfSaleDocument, { input: { name: 'Matrix spare store' } }, admin),
    request(url, CreateCardBatchDocument, { input: { name: 'Matrix blanks', prefix: '55', firstNumber: '1000', size: 20 } }, admin),
    request(url, CurrentCompanyDocument, {}, admin),
    invitation(subject),
  ]);
  const blankCards = (
    await querySql<{ number: string }>(platform, 'SELECT number FROM members.cards WHERE batch_id = $1 ORDER BY number', [batch.createCardBatch.batch?.id])
  ).map((row) => row.number);

  /** An email provider of the home company, on the test's loopback SMTP server. */
  async function emailProvider(): Promise<string> {
    const settings = [
      { key: 'host', value: '127.0.0.1' },
      { key: 'port', value: String(smtpPort) },
      { key: 'sender', value: 'matrix@example.test' },
    ];
    const { configureProvider } = await request(url, ConfigureProviderDocument, { input: { name: `SMTP ${randomUUID()}`, kind: 'SMTP', settings } }, admin);
    if (!configureProvider.provider) throw new Error(`configureProvider: ${JSON.stringify(configureProvider.errors)}`);
    return configureProvider.provider.id;
  }

  return {
    platform,
    url,
    home,
    emailProvider,
    other,
    tokens,
    terminal,
    subject,
    currencyCode,
    limitId,
    alarmTerminalId: alarmTerminal.terminalId,
    purchase: { id: purchaseId, key: purchaseKey },
    bulkJobId: bulk.accrueBonusesBulk.job?.id as string,
    sparePointOfSaleId: spare.createPointOfSale.pointOfSale?.id as string,
    /** What the home company's members must be to spend: set again unchanged by updateCompanySettings. */
    spendingStates: company.company?.spendingStates ?? [],
    invitationId,
    logins: { terminal: loginTerminal, operator: operatorLogin, member: memberLogin },
    takeBlankCard(): string {
      const number = blankCards.shift();
      if (!number) throw new Error('out of blank cards');
      return number;
    },
    newOperator,
    newMember,
    /** Another session of whoever holds this token (for rows that end the caller's session). */
    async anotherSessionOf(token: string): Promise<string> {
      const identity = verifyToken(token, platform.secrets.tokenSecret);
      if (!identity) throw new Error('not a token of this platform');
      const { sessionId: _theirs, ...principal } = identity;
      return tokenFor(principal as SignedIdentity);
    },
    pendingPurchase,
    confirmedPurchase,
    pendingRefund,
    pendingManualOperation,
    blockedMember,
    memberWithBlockedCard,
    family,
    invitation,
    familyMember,
  };
}
