import { randomUUID } from 'node:crypto';
import {
  RegisterDeviceDocument,
  RequestEmailChangeDocument,
  RequestMemberCodeDocument,
  RequestPasswordResetDocument,
  RequestPhoneChangeDocument,
  SetAlertRecipientsDocument,
  SetMessageTemplateDocument,
  UpdateMessagingSettingsDocument,
} from '../e2e/__generated__/operations';
import { eventually } from '../support/eventually';
import { request } from '../support/graphql-client';
import { lastCodeSentTo, memberInput, querySql, seedTerminal, uniqueEmail, uniquePhone } from '../support/seed';
import type { Caller, Outcome } from './authorisation-matrix';
import { AUDIENCE_OPERATIONS } from './authorisation-matrix-audiences';
import { MAILING_OPERATIONS } from './authorisation-matrix-mailings';
import { OFFER_OPERATIONS } from './authorisation-matrix-offers';
import { TICKET_OPERATIONS } from './authorisation-matrix-tickets';
import { HARMLESS_LIMIT, type Person, RECEIPT, type World } from './authorisation-matrix-world';

/** What one cell sends: valid input for the caller, so that a refusal can only be about who calls. */
export interface Prepared {
  variables: Record<string, unknown>;
  /** The member the cell acts on, whose token the `member` caller uses; the world's subject when omitted. */
  subject?: Person;
  /** A token of this cell's own instead of the caller's shared one (an operator changing their own password). */
  token?: string | null;
}

/** One cell being prepared: who calls, and where its subject comes from. */
export interface Cell {
  caller: Caller;
  /**
   * The thing a state-changing row acts on: made afresh for a cell the table allows (it changes
   * it), shared by the row's other cells (refused, they must leave it as it was).
   */
  subject<T>(make: () => Promise<T>): Promise<T>;
}

export interface MatrixOperation {
  /** The smallest document that shows the outcome: no fields that are themselves guarded, so only the root field decides. */
  document: string;
  /** Sign-in attempts for one identifier are counted as they arrive: their cells go one at a time, as a person signs in. */
  oneAtATime?: boolean;
  prepare(world: World, cell: Cell): Promise<Prepared>;
  /**
   * Reads an answer that came back without errors: whether it reaches the subject (`allowed`) or
   * not (`hidden`), or a description of anything else. Without it: null is hidden, anything else allowed.
   */
  judge?(value: unknown, world: World): Outcome | string;
}

type Row = Record<string, unknown>;
const ids = (list: unknown) => (list as Row[]).map((item) => item.id);
const key = () => randomUUID();
const hourAgo = () => new Date(Date.now() - 3_600_000).toISOString();

/** A payload (errors empty) whose rows each name a member: all applied, or all refused as unknown. */
function judgeRows(applied: string, value: unknown): Outcome | string {
  const payload = value as { rejected: { code: string }[] } & Row;
  if (payload[applied] === 1 && payload.rejected.length === 0) return 'allowed';
  const codes = payload.rejected.map((row) => row.code);
  if (codes.length > 0 && codes.every((code) => code.endsWith('_NOT_FOUND'))) return 'hidden';
  return `rows: ${JSON.stringify(payload)}`;
}

/** Who registers whom: people with a code through a self-service channel, tills through POS, staff through the contact center. */
async function registrationInput(world: World, caller: Caller): Promise<Row> {
  if (caller === 'anonymous' || caller === 'member' || caller === 'otherMember') {
    const phone = uniquePhone();
    const companyId = world.home.companyId;
    const { requestMemberCode } = await request(world.url, RequestMemberCodeDocument, { input: { phone, companyId } });
    if (requestMemberCode.errors.length > 0) throw new Error(JSON.stringify(requestMemberCode.errors));
    return { channel: 'SMS', phone, companyId, verificationCode: await lastCodeSentTo(world.platform, phone) };
  }
  if (caller === 'terminal' || caller === 'otherStoreTerminal' || caller === 'otherCompanyTerminal')
    return { idempotencyKey: key(), channel: 'POS', phone: uniquePhone() };
  return memberInput({ password: undefined });
}

const mutation = (name: string, inputType: string, selection = 'errors { code }') =>
  `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`;

/** Every row of the matrix: how to call the operation as any caller, with valid input. */
export const MATRIX_OPERATIONS: Record<string, MatrixOperation> = {
  // Queries
  currencies: {
    document: 'query { currencies { code } }',
    prepare: async () => ({ variables: {} }),
    judge: (value, world) => ((value as Row[]).some((c) => c.code === world.currencyCode) ? 'allowed' : 'hidden'),
  },
  purchase: {
    document: 'query($id: ID!) { purchase(id: $id) { id } }',
    prepare: async (world) => ({ variables: { id: world.purchase.id } }),
  },
  purchaseByIdempotencyKey: {
    document: 'query($key: String!) { purchaseByIdempotencyKey(key: $key) { id } }',
    prepare: async (world) => ({ variables: { key: world.purchase.key } }),
  },
  bulkJob: {
    document: 'query($id: ID!) { bulkJob(id: $id) { id } }',
    prepare: async (world) => ({ variables: { id: world.bulkJobId } }),
  },
  limits: {
    document: 'query { limits { id } }',
    prepare: async () => ({ variables: {} }),
    judge: (value, world) => (ids(value).includes(world.limitId) ? 'allowed' : 'hidden'),
  },
  limitAlerts: {
    document: 'query { limitAlerts(first: 100) { edges { node { terminalId } } } }',
    prepare: async () => ({ variables: {} }),
    judge: (value, world) => ((value as { edges: { node: Row }[] }).edges.some((e) => e.node.terminalId === world.alarmTerminalId) ? 'allowed' : 'hidden'),
  },
  company: {
    document: 'query { company { id } }',
    prepare: async () => ({ variables: {} }),
    judge: (value, world) => ((value as Row).id === world.home.companyId ? 'allowed' : 'hidden'),
  },
  currentOperator: {
    document: 'query { currentOperator { id } }',
    prepare: async () => ({ variables: {} }),
  },
  me: {
    document: 'query { me { id } }',
    prepare: async () => ({ variables: {} }),
    judge: (value, world) => ((value as Row).id === world.subject.id ? 'allowed' : 'hidden'),
  },
  member: {
    document: 'query($id: ID!) { member(id: $id) { id } }',
    prepare: async (world) => ({ variables: { id: world.subject.id } }),
  },
  members: {
    document: 'query($phone: String!) { members(filter: { phone: $phone }) { edges { node { id } } } }',
    prepare: async (world) => ({ variables: { phone: world.subject.phone } }),
    judge: (value, world) => ((value as { edges: { node: Row }[] }).edges.some((e) => e.node.id === world.subject.id) ? 'allowed' : 'hidden'),
  },
  card: {
    document: 'query($number: String!) { card(number: $number) { number } }',
    prepare: async (world) => ({ variables: { number: world.subject.cardNumber } }),
  },
  myFamilyInvitations: {
    document: 'query { myFamilyInvitations { id } }',
    prepare: async () => ({ variables: {} }),
    judge: (value, world) => (ids(value).includes(world.invitationId) ? 'allowed' : 'hidden'),
  },

  // Program, currencies, ledger operations by staff
  createCurrency: {
    document: mutation('createCurrency', 'CreateCurrencyInput'),
    prepare: async () => ({ variables: { input: { code: `C${randomUUID().replace(/-/g, '').slice(0, 10)}`, name: 'Chips', exchangeRate: '0.5' } } }),
  },
  updateProgramRules: {
    document: mutation('updateProgramRules', 'UpdateProgramRulesInput'),
    prepare: async (world) => ({ variables: { input: { currency: world.currencyCode, lifetimeDays: 365 } } }),
  },
  accrueBonuses: {
    document: mutation('accrueBonuses', 'AccrueBonusesInput'),
    prepare: async (world) => ({ variables: { input: { memberId: world.subject.id, amount: '1', reason: 'matrix' } } }),
  },
  deductBonuses: {
    document: mutation('deductBonuses', 'DeductBonusesInput'),
    prepare: async (world) => ({ variables: { input: { memberId: world.subject.id, amount: '1', reason: 'matrix' } } }),
  },
  refundPurchase: {
    document: mutation('refundPurchase', 'RefundPurchaseInput'),
    prepare: async (world, cell) => ({ variables: { input: { idempotencyKey: key(), purchaseId: await cell.subject(() => world.confirmedPurchase()) } } }),
  },
  importOperations: {
    document: mutation('importOperations', 'ImportOperationsInput', 'imported rejected { code } errors { code }'),
    prepare: async (world) => ({
      variables: { input: { rows: [{ externalId: key(), memberId: world.subject.id, kind: 'ACCRUAL', amount: '1', effectiveAt: hourAgo() }] } },
    }),
    judge: (value) => judgeRows('imported', value),
  },
  accrueBonusesBulk: {
    document: mutation('accrueBonusesBulk', 'AccrueBonusesBulkInput', 'accrued rejected { code } errors { code }'),
    prepare: async (world) => ({ variables: { input: { idempotencyKey: key(), memberIds: [world.subject.id], amount: '1', reason: 'matrix' } } }),
    judge: (value) => judgeRows('accrued', value),
  },

  // The till
  calculatePurchase: {
    document: mutation('calculatePurchase', 'CalculatePurchaseInput'),
    prepare: async (world) => ({ variables: { input: { idempotencyKey: key(), cardNumber: world.subject.cardNumber, lines: RECEIPT } } }),
  },
  requestBonusPayment: {
    document: mutation('requestBonusPayment', 'RequestBonusPaymentInput'),
    prepare: async (world, cell) => ({
      variables: { input: { idempotencyKey: key(), purchaseId: await cell.subject(() => world.pendingPurchase()), amount: '1' } },
    }),
  },
  confirmPurchase: {
    document: mutation('confirmPurchase', 'ConfirmPurchaseInput'),
    prepare: async (world, cell) => ({ variables: { input: { idempotencyKey: key(), purchaseId: await cell.subject(() => world.pendingPurchase()) } } }),
  },
  registerOfflinePurchase: {
    document: mutation('registerOfflinePurchase', 'RegisterOfflinePurchaseInput'),
    prepare: async (world) => ({
      variables: { input: { idempotencyKey: key(), occurredAt: hourAgo(), cardNumber: world.subject.cardNumber, lines: RECEIPT } },
    }),
  },
  cancelPurchase: {
    document: mutation('cancelPurchase', 'CancelPurchaseInput'),
    prepare: async (world, cell) => ({
      variables: { input: { idempotencyKey: key(), purchaseId: await cell.subject(() => world.pendingPurchase()), reason: 'matrix' } },
    }),
  },
  calculateRefund: {
    document: mutation('calculateRefund', 'RefundPurchaseInput'),
    prepare: async (world, cell) => ({ variables: { input: { idempotencyKey: key(), purchaseId: await cell.subject(() => world.confirmedPurchase()) } } }),
  },
  confirmRefund: {
    document: mutation('confirmRefund', 'RefundActionInput'),
    prepare: async (world, cell) => ({ variables: { input: { idempotencyKey: key(), refundId: await cell.subject(() => world.pendingRefund()) } } }),
  },
  cancelRefund: {
    document: mutation('cancelRefund', 'RefundActionInput'),
    prepare: async (world, cell) => ({ variables: { input: { idempotencyKey: key(), refundId: await cell.subject(() => world.pendingRefund()) } } }),
  },
  calculateManualOperation: {
    document: mutation('calculateManualOperation', 'CalculateManualOperationInput'),
    prepare: async (world) => ({
      variables: { input: { idempotencyKey: key(), cardNumber: world.subject.cardNumber, kind: 'ACCRUAL', amount: '1', reason: 'matrix' } },
    }),
  },
  confirmManualOperation: {
    document: mutation('confirmManualOperation', 'ManualOperationActionInput'),
    prepare: async (world, cell) => ({
      variables: { input: { idempotencyKey: key(), manualOperationId: await cell.subject(() => world.pendingManualOperation()) } },
    }),
  },
  cancelManualOperation: {
    document: mutation('cancelManualOperation', 'ManualOperationActionInput'),
    prepare: async (world, cell) => ({
      variables: { input: { idempotencyKey: key(), manualOperationId: await cell.subject(() => world.pendingManualOperation()) } },
    }),
  },

  // Limits
  createLimit: {
    document: mutation('createLimit', 'LimitDefinition'),
    prepare: async () => ({ variables: { input: HARMLESS_LIMIT } }),
  },
  updateLimit: {
    document: mutation('updateLimit', 'UpdateLimitInput'),
    prepare: async (world) => ({ variables: { input: { limitId: world.limitId, definition: HARMLESS_LIMIT, active: true } } }),
  },

  // The company
  createCompany: {
    document: mutation('createCompany', 'CreateCompanyInput'),
    prepare: async () => ({
      variables: { input: { name: `Matrix ${key().slice(0, 6)}`, adminEmail: uniqueEmail('founder'), adminPassword: 'founder-pass-1' } },
    }),
  },
  createOperator: {
    document: mutation('createOperator', 'CreateOperatorInput'),
    prepare: async () => ({ variables: { input: { email: uniqueEmail('staff'), password: 'staff-pass-1', role: 'OPERATOR' } } }),
  },
  updateCompanySettings: {
    document: mutation('updateCompanySettings', 'UpdateCompanySettingsInput'),
    prepare: async (world) => ({ variables: { input: { spendingStates: world.spendingStates } } }),
  },
  configureRegistrationChannel: {
    document: mutation('configureRegistrationChannel', 'ConfigureRegistrationChannelInput'),
    prepare: async () => ({ variables: { input: { channel: 'WALLET', enabled: true, requiredFields: [] } } }),
  },
  createPointOfSale: {
    document: mutation('createPointOfSale', 'CreatePointOfSaleInput'),
    prepare: async () => ({ variables: { input: { name: 'Matrix corner shop' } } }),
  },
  updatePointOfSale: {
    document: mutation('updatePointOfSale', 'UpdatePointOfSaleInput'),
    prepare: async (world) => ({ variables: { input: { pointOfSaleId: world.sparePointOfSaleId, name: 'Matrix spare store' } } }),
  },
  createPosTerminal: {
    document: mutation('createPosTerminal', 'CreatePosTerminalInput'),
    prepare: async (world) => ({ variables: { input: { pointOfSaleId: world.sparePointOfSaleId, name: 'Matrix till' } } }),
  },
  createCardBatch: {
    document: mutation('createCardBatch', 'CreateCardBatchInput'),
    // A prefix of its own per cell, so batches never overlap.
    prepare: async () => ({ variables: { input: { name: 'Matrix batch', prefix: String(10_000_000 + Math.floor(Math.random() * 80_000_000)), size: 1 } } }),
  },
  issueVirtualCard: {
    document: mutation('issueVirtualCard', 'IssueVirtualCardInput'),
    // A subject per allowed cell: cards issued to one member at once can deadlock (see the report of the matrix's branch).
    prepare: async (world, cell) => {
      const subject = await cell.subject(world.newMember);
      return { subject, variables: { input: { memberId: subject.id } } };
    },
  },
  bindCard: {
    document: mutation('bindCard', 'BindCardInput'),
    prepare: async (world) => ({ variables: { input: { idempotencyKey: key(), cardNumber: world.takeBlankCard(), phone: uniquePhone() } } }),
  },
  replaceCard: {
    document: mutation('replaceCard', 'ReplaceCardInput'),
    prepare: async (world, cell) => {
      const subject = await cell.subject(world.newMember);
      return { subject, variables: { input: { idempotencyKey: key(), cardNumber: subject.cardNumber, reason: 'DAMAGED' } } };
    },
  },
  blockCard: {
    document: mutation('blockCard', 'BlockCardInput'),
    prepare: async (world, cell) => {
      const subject = await cell.subject(world.newMember);
      return { subject, variables: { input: { idempotencyKey: key(), cardNumber: subject.cardNumber, reason: 'LOST' } } };
    },
  },
  unblockCard: {
    document: mutation('unblockCard', 'UnblockCardInput'),
    prepare: async (world, cell) => {
      const subject = await cell.subject(world.memberWithBlockedCard);
      return { subject, variables: { input: { cardNumber: subject.cardNumber } } };
    },
  },

  // Sign-in
  loginTerminal: {
    oneAtATime: true,
    document: mutation('loginTerminal', 'LoginTerminalInput'),
    prepare: async (world) => ({ variables: { input: { terminalId: world.logins.terminal.terminalId, secret: world.logins.terminal.secret } } }),
  },
  loginOperator: {
    oneAtATime: true,
    document: mutation('loginOperator', 'LoginOperatorInput'),
    prepare: async (world) => ({ variables: { input: { email: world.logins.operator.email, password: world.logins.operator.password } } }),
  },
  requestMemberCode: {
    document: mutation('requestMemberCode', 'RequestMemberCodeInput'),
    prepare: async (world) => ({ variables: { input: { phone: uniquePhone(), companyId: world.home.companyId } } }),
  },
  loginMember: {
    oneAtATime: true,
    document: mutation('loginMember', 'LoginMemberInput'),
    prepare: async (world) => {
      const { phone, password } = world.logins.member;
      return { variables: { input: { phone, password, companyId: world.home.companyId } } };
    },
  },
  changeOperatorPassword: {
    document: mutation('changeOperatorPassword', 'ChangeOperatorPasswordInput'),
    // An operator changes their own password: each operator cell is a fresh operator, so no shared token is spent.
    prepare: async (world, { caller }) => {
      const newPassword = 'changed-pass-2';
      if (caller === 'ADMIN' || caller === 'MARKETER' || caller === 'OPERATOR' || caller === 'SECURITY') {
        const operator = await world.newOperator(world.home, caller);
        return { token: operator.token, variables: { input: { currentPassword: operator.password, newPassword } } };
      }
      if (caller === 'otherCompanyAdmin') {
        const operator = await world.newOperator(world.other, 'ADMIN');
        return { token: operator.token, variables: { input: { currentPassword: operator.password, newPassword } } };
      }
      return { variables: { input: { currentPassword: world.logins.operator.password, newPassword } } };
    },
  },

  // Members
  registerMember: {
    document: mutation('registerMember', 'RegisterMemberInput'),
    prepare: async (world, { caller }) => ({ variables: { input: await registrationInput(world, caller) } }),
  },
  requestPhoneChange: {
    document: mutation('requestPhoneChange', 'RequestPhoneChangeInput'),
    prepare: async (world, cell) => {
      const subject = await cell.subject(world.newMember);
      return { subject, variables: { input: { memberId: subject.id, newPhone: uniquePhone() } } };
    },
  },
  changePhone: {
    document: mutation('changePhone', 'ChangePhoneInput'),
    prepare: async (world, cell) => {
      const { subject, newPhone, code } = await cell.subject(async () => {
        const subject = await world.newMember();
        const newPhone = uniquePhone();
        await request(world.url, RequestPhoneChangeDocument, { input: { memberId: subject.id, newPhone } }, { token: world.home.adminToken });
        return { subject, newPhone, code: await lastCodeSentTo(world.platform, newPhone) };
      });
      return { subject, variables: { input: { memberId: subject.id, newPhone, code } } };
    },
  },
  requestEmailChange: {
    document: mutation('requestEmailChange', 'RequestEmailChangeInput'),
    prepare: async (world, cell) => {
      const subject = await cell.subject(world.newMember);
      return { subject, variables: { input: { memberId: subject.id, newEmail: uniqueEmail() } } };
    },
  },
  changeEmail: {
    document: mutation('changeEmail', 'ChangeEmailInput'),
    prepare: async (world, cell) => {
      const { subject, newEmail, code } = await cell.subject(async () => {
        const subject = await world.newMember();
        const newEmail = uniqueEmail();
        await request(world.url, RequestEmailChangeDocument, { input: { memberId: subject.id, newEmail } }, { token: world.home.adminToken });
        return { subject, newEmail, code: await lastCodeSentTo(world.platform, newEmail) };
      });
      return { subject, variables: { input: { memberId: subject.id, newEmail, code } } };
    },
  },
  changePassword: {
    document: mutation('changePassword', 'ChangePasswordInput'),
    // The subject has no password yet, so the member needs no current one either.
    prepare: async (world, cell) => {
      const subject = await cell.subject(world.newMember);
      return { subject, variables: { input: { memberId: subject.id, newPassword: 'changed-pass-2' } } };
    },
  },
  setEReceiptConsent: {
    document: mutation('setEReceiptConsent', 'SetEReceiptConsentInput'),
    prepare: async (world) => ({ variables: { input: { memberId: world.subject.id, consent: true } } }),
  },
  setMessagePreferences: {
    document: mutation('setMessagePreferences', 'SetMessagePreferencesInput'),
    prepare: async (world) => ({ variables: { input: { memberId: world.subject.id, language: 'de' } } }),
  },
  setMarketingConsent: {
    document: mutation('setMarketingConsent', 'SetMarketingConsentInput'),
    prepare: async (world) => ({ variables: { input: { memberId: world.subject.id, channel: 'EMAIL', granted: true } } }),
  },
  updateMemberProfile: {
    document: mutation('updateMemberProfile', 'UpdateMemberProfileInput'),
    prepare: async (world) => ({ variables: { input: { memberId: world.subject.id, lastName: 'Schmidt' } } }),
  },
  setProfileLinks: {
    document: mutation('setProfileLinks', 'SetProfileLinksInput'),
    prepare: async (world) => ({ variables: { input: { memberId: world.subject.id, mobileAppInstalled: true } } }),
  },
  setSocialGroupMembership: {
    document: mutation('setSocialGroupMembership', 'SetSocialGroupMembershipInput'),
    prepare: async (world) => ({ variables: { input: { memberId: world.subject.id, joined: true } } }),
  },
  blockMemberAccount: {
    document: mutation('blockMemberAccount', 'BlockMemberAccountInput'),
    prepare: async (world, cell) => {
      const subject = await cell.subject(world.newMember);
      return { subject, variables: { input: { memberId: subject.id, reason: 'matrix' } } };
    },
  },
  unblockMemberAccount: {
    document: mutation('unblockMemberAccount', 'UnblockMemberAccountInput'),
    prepare: async (world, cell) => {
      const subject = await cell.subject(world.blockedMember);
      return { subject, variables: { input: { memberId: subject.id } } };
    },
  },
  optOut: {
    document: mutation('optOut', 'OptOutInput'),
    prepare: async (world, cell) => {
      const subject = await cell.subject(world.newMember);
      return { subject, variables: { input: { memberId: subject.id, reason: 'matrix' } } };
    },
  },
  createFamily: {
    document: mutation('createFamily', 'CreateFamilyInput'),
    prepare: async (world, cell) => {
      const subject = await cell.subject(world.newMember);
      return { subject, variables: { input: { memberId: subject.id } } };
    },
  },
  inviteToFamily: {
    document: mutation('inviteToFamily', 'InviteToFamilyInput'),
    prepare: async (world, cell) => {
      const [head, invitee] = await cell.subject(() => Promise.all([world.family(), world.newMember()]));
      return { subject: head, variables: { input: { memberId: head.id, inviteePhone: invitee.phone } } };
    },
  },
  joinFamily: {
    document: mutation('joinFamily', 'FamilyInvitationInput'),
    prepare: async (world, cell) => {
      const subject = await cell.subject(world.newMember);
      return { subject, variables: { input: { invitationId: await world.invitation(subject) } } };
    },
  },
  declineFamilyInvitation: {
    document: mutation('declineFamilyInvitation', 'FamilyInvitationInput'),
    prepare: async (world, cell) => {
      const subject = await cell.subject(world.newMember);
      return { subject, variables: { input: { invitationId: await world.invitation(subject) } } };
    },
  },
  leaveFamily: {
    document: mutation('leaveFamily', 'LeaveFamilyInput'),
    prepare: async (world, cell) => {
      const subject = await cell.subject(world.familyMember);
      return { subject, variables: { input: { memberId: subject.id } } };
    },
  },
  staffActions: {
    document: 'query($memberId: ID!) { staffActions(filter: { memberId: $memberId }) { edges { node { memberId } } } }',
    prepare: async (world) => ({ variables: { memberId: world.subject.id } }),
    // The subject was registered by the home company's administrator: a staff action on them.
    judge: (value, world) => ((value as { edges: { node: Row }[] }).edges.some((e) => e.node.memberId === world.subject.id) ? 'allowed' : 'hidden'),
  },
  refreshSession: {
    document: mutation('refreshSession', 'RefreshSessionInput'),
    // Whoever holds a refresh token renews its session; the caller's own token plays no part.
    prepare: async (world) => {
      const member = await world.newMember();
      const { refreshToken } = await world.platform.startSession({ kind: 'member', memberId: member.id, companyId: world.home.companyId });
      return { variables: { input: { refreshToken } } };
    },
  },
  signOut: {
    document: mutation('signOut', 'SignOutInput'),
    // Each cell ends a session of its own, so the callers' shared sessions go on for the other rows.
    prepare: async (world, cell) => {
      const shared = cell.caller === 'member' ? world.subject.token : world.tokens[cell.caller];
      return { variables: { input: {} }, token: shared ? await world.anotherSessionOf(shared) : null };
    },
  },
  requestPasswordReset: {
    document: mutation('requestPasswordReset', 'RequestPasswordResetInput'),
    prepare: async (world, cell) => {
      const subject = await cell.subject(world.newMember);
      return { subject, variables: { input: { memberId: subject.id } } };
    },
  },
  resetMemberPassword: {
    document: mutation('resetMemberPassword', 'ResetMemberPasswordInput'),
    // Whoever holds the code the member was sent: the caller's own token plays no part.
    prepare: async (world) => {
      const member = await world.newMember();
      const sent = await request(world.url, RequestPasswordResetDocument, { input: { memberId: member.id } }, { token: world.home.adminToken });
      if (sent.requestPasswordReset.errors.length > 0) throw new Error(JSON.stringify(sent.requestPasswordReset.errors));
      const code = await lastCodeSentTo(world.platform, member.phone);
      return { variables: { input: { phone: member.phone, code, newPassword: 'chosen-pass-3', companyId: world.home.companyId } } };
    },
  },
  removeOperator: {
    document: mutation('removeOperator', 'RemoveOperatorInput'),
    prepare: async (world, cell) => {
      const { token } = await cell.subject(() => world.newOperator(world.home, 'OPERATOR'));
      const operatorId = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8')).sub;
      return { variables: { input: { operatorId } } };
    },
  },
  deactivatePosTerminal: {
    document: mutation('deactivatePosTerminal', 'DeactivatePosTerminalInput'),
    prepare: async (world, cell) => {
      const { terminalId } = await cell.subject(() => seedTerminal(world.platform, world.home.adminToken));
      return { variables: { input: { terminalId } } };
    },
  },

  // Communications
  devInbox: {
    document: 'query($destination: String) { devInbox(destination: $destination) { destination } }',
    // A sign-in code to the subject's phone, in the inbox before the cells read it.
    prepare: async (world, cell) => {
      const destination = await cell.subject(async () => {
        await request(world.url, RequestMemberCodeDocument, { input: { phone: world.subject.phone, companyId: world.home.companyId } });
        await waitForDevInbox(world, world.subject.phone);
        return world.subject.phone;
      });
      return { variables: { destination } };
    },
    judge: (value, world) => ((value as Row[]).some((message) => message.destination === world.subject.phone) ? 'allowed' : 'hidden'),
  },
  providers: {
    document: 'query { providers { id } }',
    prepare: async (world, cell) => {
      await cell.subject(() => world.emailProvider());
      return { variables: {} };
    },
    judge: (value) => ((value as Row[]).length > 0 ? 'allowed' : 'hidden'),
  },
  configureProvider: {
    document: mutation('configureProvider', 'ConfigureProviderInput'),
    prepare: async () => ({
      variables: {
        input: {
          name: `SMTP ${randomUUID()}`,
          kind: 'SMTP',
          settings: [
            { key: 'host', value: 'mail.example.test' },
            { key: 'sender', value: 'x@example.test' },
          ],
        },
      },
    }),
  },
  alertRecipients: {
    document: 'query { alertRecipients }',
    prepare: async (world, cell) => {
      await cell.subject(async () => {
        const input = { emails: [MATRIX_ALERTS] };
        await request(world.url, SetAlertRecipientsDocument, { input }, { token: world.home.adminToken });
        return MATRIX_ALERTS;
      });
      return { variables: {} };
    },
    judge: (value) => ((value as string[]).includes(MATRIX_ALERTS) ? 'allowed' : 'hidden'),
  },
  setAlertRecipients: {
    document: mutation('setAlertRecipients', 'SetAlertRecipientsInput'),
    prepare: async () => ({ variables: { input: { emails: [MATRIX_ALERTS] } } }),
  },
  messagingSettings: {
    document: 'query { messagingSettings { registrationKeyword } }',
    prepare: async (world, cell) => {
      await cell.subject(async () => {
        const input = { registrationKeyword: MATRIX_KEYWORD };
        await request(world.url, UpdateMessagingSettingsDocument, { input }, { token: world.home.adminToken });
        return MATRIX_KEYWORD;
      });
      return { variables: {} };
    },
    judge: (value) => ((value as { registrationKeyword: string | null }).registrationKeyword === MATRIX_KEYWORD ? 'allowed' : 'hidden'),
  },
  updateMessagingSettings: {
    document: mutation('updateMessagingSettings', 'UpdateMessagingSettingsInput'),
    prepare: async () => ({ variables: { input: { registrationKeyword: MATRIX_KEYWORD } } }),
  },
  inboundMessages: {
    document: 'query { inboundMessages { text } }',
    prepare: async (world, cell) => {
      // A text as an SMS provider would have passed it on (seeded: the matrix runs no SMSC).
      await cell.subject(() =>
        querySql(
          world.platform,
          `INSERT INTO communications.inbound_messages (id, company_id, channel, sender, text, kind, outcome, handled_at)
           VALUES (gen_random_uuid(), $1, 'SMS', '+15550000001', $2, 'SUPPORT', 'Kept for support', now())`,
          [world.home.companyId, MATRIX_TEXT],
        ),
      );
      return { variables: {} };
    },
    judge: (value) => ((value as Row[]).some((text) => text.text === MATRIX_TEXT) ? 'allowed' : 'hidden'),
  },
  registerDevice: {
    document: mutation('registerDevice', 'RegisterDeviceInput'),
    prepare: async () => ({ variables: { input: { service: 'FCM', token: matrixDeviceToken() } } }),
  },
  unregisterDevice: {
    document: mutation('unregisterDevice', 'UnregisterDeviceInput'),
    prepare: async (world, cell) => {
      // The subject's installation, afresh for each cell that may retire it.
      const token = await cell.subject(async () => {
        const made = matrixDeviceToken();
        await request(world.url, RegisterDeviceDocument, { input: { service: 'FCM', token: made } }, { token: world.subject.token });
        return made;
      });
      return { variables: { input: { token } } };
    },
  },
  messages: {
    document: 'query { messages { destination } }',
    prepare: async (world, cell) => {
      // An alert as delivery leaves it (seeded: the matrix configures no limit that alerts).
      await cell.subject(() =>
        querySql(
          world.platform,
          `INSERT INTO communications.messages (id, company_id, channel, kind, destination, variables, status, provider_message_ids, sent_at)
           VALUES (gen_random_uuid(), $1, 'EMAIL', 'limit.alert', $2, '{}', 'SENT', '{}', now())`,
          [world.home.companyId, MATRIX_ALERTS],
        ),
      );
      return { variables: {} };
    },
    judge: (value) => ((value as Row[]).some((message) => message.destination === MATRIX_ALERTS) ? 'allowed' : 'hidden'),
  },
  setMessagesRead: {
    document: mutation('setMessagesRead', 'SetMessagesReadInput'),
    prepare: async (world, cell) => {
      // A message the subject was sent, as delivery leaves it; made afresh for a cell that marks it.
      const id = await cell.subject(async () => {
        const [row] = await querySql<{ id: string }>(
          world.platform,
          `INSERT INTO communications.messages (id, company_id, member_id, channel, kind, destination, variables, status, provider_message_ids, sent_at, text)
           VALUES (gen_random_uuid(), $1, $2, 'SMS', 'member.registered', $3, '{}', 'SENT', '{}', now(), 'Welcome to the programme') RETURNING id`,
          [world.home.companyId, world.subject.id, world.subject.phone],
        );
        return (row as { id: string }).id;
      });
      return { variables: { input: { messageIds: [id], read: true } } };
    },
  },
  messageKinds: {
    document: 'query { messageKinds { name } }',
    prepare: async () => ({ variables: {} }),
    judge: (value) => ((value as Row[]).some((kind) => kind.name === 'WELCOME') ? 'allowed' : 'hidden'),
  },
  messageTemplates: {
    document: 'query { messageTemplates { text } }',
    prepare: async (world, cell) => {
      await cell.subject(() => request(world.url, SetMessageTemplateDocument, { input: MATRIX_TEMPLATE }, { token: world.home.adminToken }));
      return { variables: {} };
    },
    judge: (value) => ((value as Row[]).some((template) => template.text === MATRIX_TEMPLATE.text) ? 'allowed' : 'hidden'),
  },
  setMessageTemplate: {
    document: mutation('setMessageTemplate', 'SetMessageTemplateInput'),
    prepare: async () => ({ variables: { input: MATRIX_TEMPLATE } }),
  },
  removeMessageTemplate: {
    document: mutation('removeMessageTemplate', 'RemoveMessageTemplateInput'),
    prepare: async (world, cell) => {
      // Each cell its own template (a private-use language, qaa–qtz), as cells run at once.
      const language = await cell.subject(async () => {
        const cellNo = templateCells++;
        const tag = `q${String.fromCharCode(97 + (cellNo % 20))}${String.fromCharCode(97 + Math.floor(cellNo / 20))}`;
        await request(world.url, SetMessageTemplateDocument, { input: { ...MATRIX_TEMPLATE, language: tag } }, { token: world.home.adminToken });
        return tag;
      });
      return { variables: { input: { kind: MATRIX_TEMPLATE.kind, channel: MATRIX_TEMPLATE.channel, language } } };
    },
  },
  sendTestMessage: {
    document: mutation('sendTestMessage', 'SendTestMessageInput'),
    prepare: async (world, cell) => ({
      variables: { input: { providerId: await cell.subject(() => world.emailProvider()), destination: 'matrix-test@example.test' } },
    }),
  },
  ...OFFER_OPERATIONS,
  ...AUDIENCE_OPERATIONS,
  ...MAILING_OPERATIONS,
  ...TICKET_OPERATIONS,
};

const MATRIX_ALERTS = 'matrix-alerts@example.test';
const MATRIX_KEYWORD = 'MATRIXJOIN';
const MATRIX_TEXT = 'Hello support, from the matrix';
let templateCells = 0;
const matrixDeviceToken = () => `matrix:APA91b${randomUUID().replaceAll('-', '')}${randomUUID().replaceAll('-', '')}`;
const MATRIX_TEMPLATE = { kind: 'CARD_ISSUED', channel: 'SMS', text: 'Matrix card {{cardNumber}}' } as const;

/** Waits until a message to the destination is in the development inbox (delivery follows the event by a moment). */
async function waitForDevInbox(world: World, destination: string): Promise<void> {
  await eventually(
    async () => (await querySql(world.platform, 'SELECT 1 FROM communications.dev_inbox_messages WHERE destination = $1', [destination]))[0],
    `a message to ${destination} in the development inbox`,
  );
}
