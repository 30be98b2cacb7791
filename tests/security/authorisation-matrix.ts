/**
 * The authorisation matrix: every root field of the public API (schema/api.graphql) against every
 * kind of caller, and what must happen. It is written from the operations' descriptions and the
 * README's "who may do what", not from what the code does; authorisation-matrix.test.ts sends each
 * cell through the gateway with valid input and checks it, and fails when the schema and this table
 * stop naming the same operations.
 *
 * Each row acts on a subject of the home company: a member (and their card, purchase, invitation…),
 * or the company's own data (its currencies, limits, points of sale). The callers:
 *   anonymous              no token
 *   member                 the subject member themself
 *   otherMember            another member of the same company, aiming at the subject
 *   terminal               a POS terminal of the home company (the one that made the subject's purchase)
 *   otherStoreTerminal     a terminal at another point of sale of the same company
 *   otherCompanyTerminal   a terminal of another company, aiming at the subject
 *   ADMIN … SUPPORT        operators of the home company, by role
 *   otherCompanyAdmin      an administrator of another company, aiming at the subject
 *
 * Outcomes:
 *   allowed     the call reaches the subject: a payload with no errors, or the subject in the answer
 *   FORBIDDEN   refused as a GraphQL error with extensions.code FORBIDDEN
 *   hidden      answered as if the subject did not exist: null, a *_NOT_FOUND payload error, a list
 *               without it, or the caller's own data instead (another company's callers act in
 *               their own company)
 *   UNAUTHENTICATED  refused at the gateway (HTTP 401): the caller's session is over (a blocked
 *               member's sessions end with the block)
 *
 * A `knownGap` names cells where the platform does not do what the table says yet, and why; the
 * test reports them as failing tests until they are fixed, so the table never bends to the code.
 */
export const CALLERS = [
  'anonymous',
  'member',
  'otherMember',
  'terminal',
  'otherStoreTerminal',
  'otherCompanyTerminal',
  'ADMIN',
  'MARKETER',
  'OPERATOR',
  'SECURITY',
  'SUPPORT',
  'otherCompanyAdmin',
] as const;
export type Caller = (typeof CALLERS)[number];

export type Outcome = 'allowed' | 'FORBIDDEN' | 'hidden' | 'UNAUTHENTICATED';

/** One outcome per caller, in the order of CALLERS. */
export type Outcomes = [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

export interface MatrixRow {
  outcomes: Outcomes;
  /** Why the row holds: the description or README line it comes from, where not obvious. */
  why?: string;
  /** Cells the platform gets wrong today, with the reason they are not fixed yet. */
  knownGap?: { callers: Caller[]; why: string };
}

// biome-ignore format: a table reads best aligned in columns.
export const AUTHORISATION_MATRIX: Record<string, MatrixRow> = {
  //                                          anonymous    member       otherMember  terminal     otherStore   otherCoTerm  ADMIN        MARKETER     OPERATOR     SECURITY     SUPPORT      otherCoAdmin
  // Queries
  currencies:                    { outcomes: ['FORBIDDEN',  'allowed',    'allowed',    'allowed',    'allowed',    'hidden',     'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'hidden'] },
  purchase:                      { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'hidden',     'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'hidden'],
                                   why: 'for its terminals and operators' },
  purchaseByIdempotencyKey:      { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'hidden',     'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'],
                                   why: 'terminals: a call of this terminal' },
  bulkJob:                       { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  limits:                        { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'hidden'] },
  limitAlerts:                   { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'hidden'] },
  company:                       { outcomes: ['FORBIDDEN',  'allowed',    'allowed',    'allowed',    'allowed',    'hidden',     'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'hidden'] },
  currentOperator:               { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed'],
                                   why: 'the signed-in operator: every operator reads themself' },
  me:                            { outcomes: ['hidden',     'allowed',    'hidden',     'hidden',     'hidden',     'hidden',     'hidden',     'hidden',     'hidden',     'hidden',     'hidden',     'hidden'],
                                   why: 'the signed-in member; null for other callers' },
  member:                        { outcomes: ['FORBIDDEN',  'allowed',    'hidden',     'allowed',    'allowed',    'hidden',     'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'hidden'],
                                   why: 'members may read only themselves; a terminal sees a masked member (README)' },
  members:                       { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'hidden'] },
  card:                          { outcomes: ['FORBIDDEN',  'allowed',    'hidden',     'allowed',    'allowed',    'hidden',     'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'hidden'] },
  myFamilyInvitations:           { outcomes: ['FORBIDDEN',  'allowed',    'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'] },

  // Program, currencies, ledger operations by staff
  createCurrency:                { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'],
                                   why: 'the description says admins; the README’s table also lists currencies under MARKETER (to settle)' },
  updateProgramRules:            { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  accrueBonuses:                 { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  deductBonuses:                 { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  refundPurchase:                { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  importOperations:              { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'],
                                   why: 'the description says admins; the README’s table also lists imports under MARKETER (to settle)' },
  accrueBonusesBulk:             { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },

  // The till: purchases, returns and a cashier's manual operations, two-phase. The second phase belongs to the
  // terminals of the point of sale that calculated it; a return may be calculated at any store of the company.
  calculatePurchase:             { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'] },
  requestBonusPayment:           { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'hidden',     'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'] },
  confirmPurchase:               { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'hidden',     'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'] },
  registerOfflinePurchase:       { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'] },
  cancelPurchase:                { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'hidden',     'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'] },
  calculateRefund:               { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'] },
  confirmRefund:                 { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'hidden',     'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'] },
  cancelRefund:                  { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'hidden',     'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'] },
  calculateManualOperation:      { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'] },
  confirmManualOperation:        { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'hidden',     'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'] },
  cancelManualOperation:         { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'hidden',     'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'] },

  // Limits
  createLimit:                   { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed'] },
  updateLimit:                   { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'hidden'] },

  // The company, its stores, tills, staff and cards
  createCompany:                 { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'],
                                   why: 'Only platform operators (the first administrator) create companies; a company’s admin is not one.' },
  createOperator:                { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'] },
  updateCompanySettings:         { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'] },
  configureRegistrationChannel:  { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'] },
  createPointOfSale:             { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'] },
  updatePointOfSale:             { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  createPosTerminal:             { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  createCardBatch:               { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'] },
  issueVirtualCard:              { outcomes: ['FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  bindCard:                      { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'hidden',     'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  replaceCard:                   { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'hidden',     'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  blockCard:                     { outcomes: ['FORBIDDEN',  'allowed',    'hidden',     'allowed',    'allowed',    'hidden',     'allowed',    'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'hidden'],
                                   why: 'another member’s card number finds nothing rather than confirming the card exists' },
  unblockCard:                   { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'hidden'] },

  // Sign-in: no token needed, and a token does not get in the way
  loginTerminal:                 { outcomes: ['allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed'] },
  loginOperator:                 { outcomes: ['allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed'] },
  requestMemberCode:             { outcomes: ['allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed'] },
  loginMember:                   { outcomes: ['allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed'] },
  changeOperatorPassword:        { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed'],
                                   why: 'every operator changes their own password' },

  // Members: registration, profile, account, family
  registerMember:                { outcomes: ['allowed',    'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'allowed',    'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'allowed'],
                                   why: 'people with a code, terminals through POS, member-serving staff (the description says “operators”; the README gives registering to OPERATOR, not MARKETER or SECURITY); each in their own company' },
  requestPhoneChange:            { outcomes: ['FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  changePhone:                   { outcomes: ['FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'],
                                   why: 'Only the member completes a contact change: staff holding the new phone would take the account over.' },
  requestEmailChange:            { outcomes: ['FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  changeEmail:                   { outcomes: ['FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'],
                                   why: 'Only the member completes a contact change: staff holding the new phone would take the account over.' },
  changePassword:                { outcomes: ['FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'],
                                   why: 'Only the member sets their password; staff send a reset code (requestPasswordReset).' },
  setEReceiptConsent:            { outcomes: ['FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  setMessagePreferences:         { outcomes: ['FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  setMarketingConsent:           { outcomes: ['FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  updateMemberProfile:           { outcomes: ['FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  setProfileLinks:               { outcomes: ['FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  setSocialGroupMembership:      { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'],
                                   why: 'the social network’s integration (an operator account) says so; a member’s own word would be a bonus on demand' },
  blockMemberAccount:            { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'hidden'] },
  unblockMemberAccount:          { outcomes: ['FORBIDDEN',  'UNAUTHENTICATED','FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'hidden'],
                                   why: 'The subject is blocked, and a block ends their sessions.' },
  optOut:                        { outcomes: ['FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  createFamily:                  { outcomes: ['FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  inviteToFamily:                { outcomes: ['FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'],
                                   why: 'the head, or admins and operators for them; the subject is the head' },
  joinFamily:                    { outcomes: ['FORBIDDEN',  'allowed',    'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'],
                                   why: 'the invited member only; the subject is the invitee' },
  declineFamilyInvitation:       { outcomes: ['FORBIDDEN',  'allowed',    'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'],
                                   why: 'the invited member only; the subject is the invitee' },
  leaveFamily:                   { outcomes: ['FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'],
                                   why: 'a member leaves, or an admin takes them out (domain: reversible only by an admin)' },
  staffActions:                  { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'hidden'] },
  refreshSession:                { outcomes: ['allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed'],
                                   why: 'Whoever holds a refresh token renews its session.' },
  signOut:                       { outcomes: ['FORBIDDEN',  'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed'],
                                   why: 'Any signed-in caller ends their own session.' },
  requestPasswordReset:          { outcomes: ['FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  resetMemberPassword:           { outcomes: ['allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed',    'allowed'],
                                   why: 'Whoever holds the code the member was sent.' },
  removeOperator:                { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  deactivatePosTerminal:         { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },

  // Communications
  devInbox:                      { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'],
                                   why: 'development only; admins and operators read what members would have received' },
  providers:                     { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  configureProvider:             { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'],
                                   why: 'another company’s admin configures a provider of their own company' },
  sendTestMessage:               { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  alertRecipients:               { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'hidden'] },
  setAlertRecipients:            { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed'],
                                   why: 'another company’s admin sets their own company’s addresses' },
  messagingSettings:             { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  updateMessagingSettings:       { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'],
                                   why: 'another company’s admin sets their own company’s settings' },
  inboundMessages:               { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'],
                                   why: 'support reads the texts members sent: admins and operators' },
  registerDevice:                { outcomes: ['FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'],
                                   why: 'a member registers their own app installation (another member, their own); staff and tills have none' },
  unregisterDevice:              { outcomes: ['FORBIDDEN',  'allowed',    'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'],
                                   why: 'another member’s installation is not found among one’s own' },
  messages:                      { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'hidden'],
                                   why: 'support follows what members were sent; the security service its alerts' },
  setMessagesRead:               { outcomes: ['FORBIDDEN',  'allowed',    'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'],
                                   why: 'a member marks their own inbox; another member’s message is not found in theirs' },
  messageKinds:                  { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'],
                                   why: 'the platform’s kinds of message, the same for every company' },
  messageTemplates:              { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  setMessageTemplate:            { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'],
                                   why: 'another company’s admin words their own company’s messages' },
  removeMessageTemplate:         { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  // Mailings: marketers and admins (issue 12)
  campaigns:                     { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  mailings:                      { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  mailing:                       { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  createCampaign:                { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'],
                                   why: 'another company’s admin creates a campaign of their own company' },
  createMailing:                 { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'],
                                   why: 'another company’s admin writes a mailing of their own company' },
  updateMailing:                 { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  startMailing:                  { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  pauseMailing:                  { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  resumeMailing:                 { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  cancelMailing:                 { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },

  // Feedback: members open tickets, support agents (and admins) answer them (issue 12)
  tickets:                       { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'hidden'] },
  ticket:                        { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'hidden'] },
  openTicket:                    { outcomes: ['FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN'],
                                   why: 'members write to support from the personal account or the app; any member opens their own' },
  replyToTicket:                 { outcomes: ['FORBIDDEN',  'allowed',    'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'hidden'],
                                   why: 'the member in their own ticket, support of their company' },
  setTicketState:                { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'hidden'] },

  // Offers
  offer:                         { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  offers:                        { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  createOffer:                   { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'],
                                   why: 'another company’s admin creates an offer of their own company' },
  updateOffer:                   { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  reviseOffer:                   { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  publishOffer:                  { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  pauseOffer:                    { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  resumeOffer:                   { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  finishOffer:                   { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  archiveOffer:                  { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  promotions:                    { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  createPromotion:               { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'],
                                   why: 'another company’s admin writes their own company’s content' },
  updatePromotion:               { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  deletePromotion:               { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  issueCoupons:                  { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  coupons:                       { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  productLists:                  { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  products:                      { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  product:                       { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  uploadProducts:                { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'],
                                   why: 'another company’s admin uploads to their own company’s catalogue' },
  uploadProductsCsv:             { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'],
                                   why: 'another company’s admin uploads to their own company’s catalogue' },
  importPersonalOffers:          { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  withdrawPersonalOffers:        { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'],
                                   why: 'another company’s admin withdraws their own company’s offers (unknown keys are passed over)' },
  personalOffers:                { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  createProductList:             { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'],
                                   why: 'another company’s admin makes a list of their own company' },
  updateProductList:             { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  chooseFavouriteProducts:       { outcomes: ['FORBIDDEN',  'allowed',    'hidden',     'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'FORBIDDEN',  'allowed',    'FORBIDDEN',  'FORBIDDEN',  'hidden'],
                                   why: 'the member picks their own; admins and operators for a member of their company' },
  simulateOffer:                 { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  audience:                      { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  audiences:                     { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  previewAudience:               { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'],
                                   why: 'another company’s admin works on their own company’s audiences' },
  createAudience:                { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed'],
                                   why: 'another company’s admin works on their own company’s audiences' },
  updateAudience:                { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  refreshAudience:               { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  deleteAudience:                { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  addAudienceMembers:            { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
  removeAudienceMembers:         { outcomes: ['FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'allowed',    'allowed',    'FORBIDDEN',  'FORBIDDEN',  'FORBIDDEN',  'hidden'] },
};
