/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The same accrual for a list of members. */
export type AccrueBonusesBulkInput = {
  /** Not payable before; at once when omitted. */
  activatesAt?: string | null | undefined;
  /** Bonuses for each member: positive, at most 2 decimal places (otherwise each member is refused). */
  amount: string;
  /** Bonus currency code; the default one when omitted. */
  currency?: string | null | undefined;
  /** Expires unspent at; never when omitted. */
  expiresAt?: string | null | undefined;
  /** Unique per request: a retry with the same key is the same job and accrues nothing twice. */
  idempotencyKey: string;
  /** Up to 10,000 members (each accrued once). */
  memberIds: Array<string | number>;
  /** Why (a campaign, a goodwill gesture…); kept on each operation. */
  reason?: string | null | undefined;
};

/** A manual accrual to one member, named by memberId or cardNumber. */
export type AccrueBonusesInput = {
  /** Not payable before; at once when omitted. */
  activatesAt?: string | null | undefined;
  /** Bonuses to accrue: positive, at most 2 decimal places, up to 1,000,000,000. */
  amount: string;
  /** A card in use of the member, instead of memberId (spaces and dashes ignored); a blocked card is refused. */
  cardNumber?: string | null | undefined;
  /** Currency code; the default bonus currency when omitted. */
  currency?: string | null | undefined;
  /** When it took effect; now when omitted, earlier for corrections, never in the future. */
  effectiveAt?: string | null | undefined;
  /** Expires unspent at; never when omitted. */
  expiresAt?: string | null | undefined;
  /** Optional (1 to 128 characters): a retry with the same key returns the first result and changes nothing. */
  idempotencyKey?: string | null | undefined;
  /** The member; or give cardNumber. */
  memberId?: string | number | null | undefined;
  /** Why (goodwill, a missed accrual…); kept on the operation. */
  reason?: string | null | undefined;
};

/** Members to add to a static audience, by any of card number, phone and member id (up to 10,000 values in all per call). */
export type AddAudienceMembersInput = {
  /** The static audience. */
  audienceId: string | number;
  /** Card numbers. */
  cardNumbers?: Array<string> | null | undefined;
  /** Member ids. */
  memberIds?: Array<string | number> | null | undefined;
  /** Phones, in international form (+44…). */
  phones?: Array<string> | null | undefined;
};

/** The audience a step applies to. */
export type AudienceIdInput = {
  /** Its id. */
  audienceId: string | number;
};

/** How an audience gets its members. */
export type AudienceKind =
  /** Members its rules select, kept current as events arrive and by a scheduled full refresh. */
  | 'RULES'
  /** Members uploaded by card number, phone or member id. */
  | 'STATIC';

/** Whom a rule-based audience selects: every rule given must hold; an omitted one does not limit. */
export type AudienceRulesInput = {
  /** Has (true) or has not (false) installed the mobile app. */
  appInstalled?: boolean | null | undefined;
  /** Active bonuses within bounds (as of the audience’s last full refresh). */
  balance?: BalanceRuleInput | null | undefined;
  /** Birthday in one of these months, 1 to 12. */
  birthdayMonths?: Array<number> | null | undefined;
  /** Birthday today or within the next N days (0 to 60; 0: today), in the company’s days. */
  birthdayWithinDays?: number | null | undefined;
  /** Bought in these categories. */
  boughtCategories?: CategoryRuleInput | null | undefined;
  /** Holds an unblocked card of one of these kinds (PHYSICAL, VIRTUAL). */
  cardKinds?: Array<string> | null | undefined;
  /** Agreed to marketing through every one of these channels (SMS, EMAIL, PUSH, VIBER, SOCIAL). */
  consents?: Array<string> | null | undefined;
  /** Bought something within the last N days. */
  lastPurchaseWithinDays?: number | null | undefined;
  /** Member states (CARD_HOLDER, REGISTERED, BLOCKED); omitted: card holders and registered members. */
  memberStates?: Array<string> | null | undefined;
  /** Bought nothing within the last N days (never-buyers included). */
  noPurchaseWithinDays?: number | null | undefined;
  /** Bought at these points of sale. */
  pointsOfSaleVisited?: VisitRuleInput | null | undefined;
  /** Has (true) or has not (false) completed their profile. */
  profileCompleted?: boolean | null | undefined;
  /** Purchase count and sum in a recent period. */
  purchases?: PurchaseRuleInput | null | undefined;
  /** Registered on or after this day, YYYY-MM-DD in the company’s time zone. */
  registeredFrom?: string | null | undefined;
  /** Registered on or before this day. */
  registeredTo?: string | null | undefined;
  /** Registered within the last N days. */
  registeredWithinDays?: number | null | undefined;
  /** Registered through these channels (POS, MOBILE_APP, PERSONAL_ACCOUNT, CONTACT_CENTER, SMS, WALLET). */
  registrationChannels?: Array<string> | null | undefined;
  /** Is (true) or is not (false) in the company’s group on a social network. */
  socialGroupMember?: boolean | null | undefined;
};

/** Active bonuses in a currency within bounds: give at least one. Read as the ledger reported them at the audience’s last full refresh. */
export type BalanceRuleInput = {
  /** The bonus currency’s code; omitted: the company’s default one. */
  currency?: string | null | undefined;
  /** At most this many. */
  max?: string | null | undefined;
  /** At least this many active bonuses. */
  min?: string | null | undefined;
};

/** Give memberId, or phone (an unknown phone creates a card holder), or neither (an anonymous card holder). */
export type BindCardInput = {
  /** The blank card’s number; spaces and dashes are ignored. */
  cardNumber: string;
  /** Required from terminals (optional for others): a retry with the same key answers as the first call and changes nothing; the same key with another input is IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The member to bind it to. */
  memberId?: string | number | null | undefined;
  /** The holder’s phone, instead of memberId: the member with it, or a new card holder. */
  phone?: string | null | undefined;
};

/** The card to block and why. */
export type BlockCardInput = {
  /** The card to block. */
  cardNumber: string;
  /** Free text for staff, kept with the block. */
  comment?: string | null | undefined;
  /** Required from terminals (optional for others): a retry with the same key answers as the first call and changes nothing; the same key with another input is IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Why; kept as the card’s blockReason. Members may not give SUSPICIOUS_ACTIVITY. */
  reason: CardBlockRequestReason;
};

/** The account to block and why. */
export type BlockMemberAccountInput = {
  /** The member. */
  memberId: string | number;
  /** Why, for staff; not blank. Shown to operators as blockedReason. */
  reason: string;
};

/** Bonus points taken from the member on an event other than a receipt: what they can spend, up to the value. */
export type BonusDeductionActionInput = {
  /** The bonus currency’s code; omitted: the company’s default one. */
  currency?: string | null | undefined;
  /** The points to take, more than 0. */
  value: string;
};

/** Additional bonus points. */
export type BonusPointsActionInput = {
  /** Days before they can be spent; omitted: the currency’s rule (a receipt’s bonuses with their own get a lot of their own). */
  activationDelayDays?: number | null | undefined;
  /** How it counts. */
  base: BonusPointsBase;
  /** The bonus currency’s code; omitted: the receipt’s (RECEIPT offers), the company’s default (other events). Any case; one the company does not have is refused (CURRENCY_NOT_FOUND). */
  currency?: string | null | undefined;
  /** Days they last once active; omitted: the currency’s rule (a receipt’s bonuses with their own get a lot of their own). */
  lifetimeDays?: number | null | undefined;
  /** The percent, points or multiplier. */
  value: string;
};

/** How a bonus points action counts. */
export type BonusPointsBase =
  /** `value` points per receipt (or per event, for offers that react to another event). */
  | 'FIXED_PER_RECEIPT'
  /** `value` points per qualifying unit. */
  | 'FIXED_PER_UNIT'
  /** The base accrual times `value` on the qualifying lines (2: double points). */
  | 'MULTIPLIER'
  /** `value` percent of what the qualifying lines are paid in money. */
  | 'PERCENT';

/** Which call submitted a bulk job. */
export type BulkJobKind =
  /** accrueBonusesBulk: one accrual for each of a list of members. */
  | 'ACCRUE_BULK'
  /** importOperations: a history from another system, one row per operation. */
  | 'IMPORT_OPERATIONS';

/** How far a bulk job has got. */
export type BulkJobState =
  /** Every row applied, skipped or refused. */
  | 'COMPLETED'
  /** Waiting for a runner. */
  | 'QUEUED'
  /** Being applied; `processed` says how far. */
  | 'RUNNING';

/** A cashier’s manual accrual or deduction for the card’s member. */
export type CalculateManualOperationInput = {
  /** An accrual: not payable before; at once when omitted. */
  activatesAt?: string | null | undefined;
  /** Bonus units, positive, at most 2 decimal places. */
  amount: string;
  /** The member’s card. */
  cardNumber: string;
  /** Bonus currency code; the default one when omitted. */
  currency?: string | null | undefined;
  /** An accrual: expires unspent at; never when omitted. */
  expiresAt?: string | null | undefined;
  /** Unique per call (1 to 128 characters); a retry with the same key gets the first answer. */
  idempotencyKey: string;
  /** Accrue or deduct. */
  kind: ManualOperationKind;
  /** Why; required, not blank. */
  reason: string;
};

/** The register’s receipt, the member by card or phone (or neither), and what to pay with bonuses. */
export type CalculatePurchaseInput = {
  /** The member’s card (barcode, magnetic stripe, QR). */
  cardNumber?: string | null | undefined;
  /** Coupon codes presented (up to 10): each opens the offer it was issued for. One whose offer applies is held for this purchase and spent at its confirmation; a coupon another pending purchase holds counts as used. */
  coupons?: Array<string> | null | undefined;
  /** Bonus currency code; the default one when omitted. */
  currency?: string | null | undefined;
  /** Also say why each of the company’s offers that did not apply did not (Purchase.offersNotApplied); for support and testing, not every receipt. */
  explainOffers?: boolean | null | undefined;
  /** Unique per call (1 to 128 characters); a retry with the same key gets the first answer. */
  idempotencyKey: string;
  /** The receipt’s lines, 1 to 500. */
  lines: Array<ReceiptLineInput>;
  /** The register’s local time, ISO-8601 (`2026-12-05T14:30:00+01:00`): offers’ periods, days and hours are judged on its clock when it agrees with ours (within 15 minutes, read in its offset; without an offset, within the time zones’ span); a clock that is off is read as now in its offset, and one that cannot be read, or none, gives way to the company’s time zone. */
  localTime?: string | null | undefined;
  /** Bonuses to pay with (held until confirmation), at most 2 decimal places; none when omitted or zero. */
  payWithBonuses?: string | null | undefined;
  /** The member’s phone, instead of a card. Neither: a receipt without a member. */
  phone?: string | null | undefined;
};

/** The pending purchase to cancel. */
export type CancelPurchaseInput = {
  /** Unique per call (1 to 128 characters); a retry with the same key gets the first answer. */
  idempotencyKey: string;
  /** The pending purchase. */
  purchaseId: string | number;
  /** Why, kept as its cancelReason; CANCELLED_BY_TERMINAL when omitted. */
  reason?: string | null | undefined;
};

/** Why a card is blocked or was replaced. */
export type CardBlockReason =
  /** Damaged or unreadable. */
  | 'DAMAGED'
  /** Reported lost. */
  | 'LOST'
  /** Set by the system: its member left the program. */
  | 'MEMBER_OPTED_OUT'
  /** Any other reason; the block’s comment may say which. */
  | 'OTHER'
  /** Set by the system: the card was replaced by another. */
  | 'REPLACED'
  /** Reported stolen. */
  | 'STOLEN'
  /** Blocked by staff on suspected fraud (not a reason members may give). */
  | 'SUSPICIOUS_ACTIVITY';

/** The reasons a person may give for blocking or replacing a card (REPLACED and MEMBER_OPTED_OUT are set by the system). */
export type CardBlockRequestReason =
  /** Damaged or unreadable. */
  | 'DAMAGED'
  /** Reported lost. */
  | 'LOST'
  /** Any other reason; the block’s comment may say which. */
  | 'OTHER'
  /** Reported stolen. */
  | 'STOLEN'
  /** Blocked by staff on suspected fraud (not a reason members may give). */
  | 'SUSPICIOUS_ACTIVITY';

/** Plastic or number only. */
export type CardKind =
  /** A plastic card from a numbered batch, bound to its member at a checkout. */
  | 'PHYSICAL'
  /** A number issued to a member for the app or a wallet (numbers start with 9). */
  | 'VIRTUAL';

/** Where a card stands. */
export type CardState =
  /** Bound to a registered member: collects and pays. */
  | 'ACTIVE'
  /** Issued in a batch, not bound to anyone yet. */
  | 'BLANK'
  /** Blocked (see blockReason): neither collects nor pays until unblocked. */
  | 'BLOCKED'
  /** Bound to a card holder who has not registered: collects bonuses; registration activates it. */
  | 'INACTIVE'
  /** Replaced by another card (see replacedBy); no longer usable. */
  | 'REPLACED';

/** Bought a product of any of these categories (any level of its path) in a recent period. */
export type CategoryRuleInput = {
  /** Category names, one level each (coffee). */
  categories: Array<string>;
  /** The last N days. */
  periodDays: number;
};

/** The new email address with the code sent to it. */
export type ChangeEmailInput = {
  /** The 6-digit code sent to the new address. */
  code: string;
  /** The member themself; may be omitted. */
  memberId?: string | number | null | undefined;
  /** The address requestEmailChange sent the code to. */
  newEmail: string;
};

/** The signed-in operator’s current password and the new one. */
export type ChangeOperatorPasswordInput = {
  /** The password the operator signed in with. */
  currentPassword: string;
  /** 8+ characters with letters and digits, different from the current one. */
  newPassword: string;
};

/** A member’s new password, proven by the current one. */
export type ChangePasswordInput = {
  /** Required when the member has a password (forgotten: requestPasswordReset, then resetMemberPassword). */
  currentPassword?: string | null | undefined;
  /** The member themself; may be omitted. */
  memberId?: string | number | null | undefined;
  /** 8 to 128 characters with letters and digits. */
  newPassword: string;
};

/** The new phone with the code sent to it. */
export type ChangePhoneInput = {
  /** The 6-digit code sent to the new phone. */
  code: string;
  /** The member themself; may be omitted. */
  memberId?: string | number | null | undefined;
  /** The phone requestPhoneChange sent the code to. */
  newPhone: string;
};

/** How a message reaches its recipient. */
export type Channel =
  /** An email. */
  | 'EMAIL'
  /** A notification to the member’s app. */
  | 'PUSH'
  /** A text message to a phone. */
  | 'SMS'
  /** A message through a social network. */
  | 'SOCIAL'
  /** A Viber business message. */
  | 'VIBER';

/** The pick. */
export type ChooseFavouriteProductsInput = {
  /** The favourites list. */
  listId: string | number;
  /** Staff: the member picked for; omitted by members. */
  memberId?: string | number | null | undefined;
  /** The SKUs picked, replacing the last pick. */
  skus: Array<string>;
};

/** A new provider, or (with providerId) a change to one. */
export type ConfigureProviderInput = {
  /** false takes it out of use; true when new. */
  active?: boolean | null | undefined;
  /** Its credentials, stored sealed; omitted when changing a provider: the stored ones stay. */
  credentials?: Array<ProviderSettingInput> | null | undefined;
  /** Which plugin talks to it; a provider keeps its kind. */
  kind: ProviderKind;
  /** Its name, 1 to 100 characters, unique in the company. */
  name: string;
  /** Price per message (per SMS segment), for cost estimates. */
  pricePerMessage?: string | null | undefined;
  /** The provider to change; omitted for a new one. */
  providerId?: string | number | null | undefined;
  /** Messages a second at most, 1 to 10,000 (20 when new). */
  ratePerSecond?: number | null | undefined;
  /** Its settings, as its kind lists them (all of them: they replace the stored ones). */
  settings: Array<ProviderSettingInput>;
};

/** A registration channel’s whole setting. */
export type ConfigureRegistrationChannelInput = {
  /** The channel to configure. */
  channel: RegistrationChannel;
  /** Whether it accepts registrations. */
  enabled: boolean;
  /** Profile fields it requires on top of the phone; empty: the phone only. */
  requiredFields: Array<RegistrationField>;
};

/** The pending purchase to confirm, with the member’s code where a bonus payment needs one. */
export type ConfirmPurchaseInput = {
  /** Unique per call (1 to 128 characters); a retry with the same key gets the first answer. */
  idempotencyKey: string;
  /** The SMS code, where paying with bonuses needs one (Purchase.paymentCodeRequired). */
  paymentCode?: string | null | undefined;
  /** The pending purchase. */
  purchaseId: string | number;
};

/** Who gave or withdrew a marketing consent. */
export type ConsentSource =
  /** The member, in the app or the personal account. */
  | 'MEMBER'
  /** Given at registration. */
  | 'REGISTRATION'
  /** An operator, at the member’s request. */
  | 'STAFF'
  /** The member answered STOP to a text. */
  | 'STOP_REPLY'
  /** The member followed an unsubscribe link. */
  | 'UNSUBSCRIBE';

/** A contact a member links. */
export type ContactKind =
  /** An email address. */
  | 'EMAIL'
  /** A phone number. */
  | 'PHONE'
  /** A social network profile. */
  | 'SOCIAL';

/** A new audience: give rules for a rule-based one, none for a static one (its members uploaded next). */
export type CreateAudienceInput = {
  /** What it is, for marketers. */
  description?: string | null | undefined;
  /** Its name, 1 to 100 characters. */
  name: string;
  /** Whom it selects; omitted: a static audience. */
  rules?: AudienceRulesInput | null | undefined;
};

/** A new campaign. */
export type CreateCampaignInput = {
  /** What it is for, up to 2000 characters. */
  description?: string | null | undefined;
  /** Its name, 1 to 200 characters, unique in the company. */
  name: string;
};

/** A range of physical card numbers to issue blank. */
export type CreateCardBatchInput = {
  /** First sequence number, digits only; 1 when omitted. The range must fit the digits left after the prefix. */
  firstNumber?: string | null | undefined;
  /** Its name for people; not blank. */
  name: string;
  /** 1 to 8 digits, not starting with 0 or 9 (9 is for virtual cards). */
  prefix: string;
  /** Up to 100,000 cards. */
  size: number;
};

/** A new company and its first administrator. */
export type CreateCompanyInput = {
  /** The first administrator’s sign-in email; no other operator may have it. */
  adminEmail: string;
  /** A first password (8 to 128 characters with letters and digits) that serves only to choose their own at the first sign-in. */
  adminPassword: string;
  /** The retailer’s name, 1 to 200 characters. */
  name: string;
  /** ISO 4217 code; EUR when omitted. */
  posCurrency?: string | null | undefined;
};

/** A new bonus currency. */
export type CreateCurrencyInput = {
  /** 2 to 16 letters, digits or _, starting with a letter; stored upper case, unique in the company. */
  code: string;
  /** What one unit pays for, in the POS currency; positive. */
  exchangeRate: string;
  /** Display name for people; not blank. */
  name: string;
};

/** Who heads the new family. */
export type CreateFamilyInput = {
  /** The future head; omitted by a member. */
  memberId?: string | number | null | undefined;
};

/** A new mailing (a draft until started). */
export type CreateMailingInput = {
  /** The target audience (offers’ `audiences`); omitted: every member with consent for the channel. */
  audienceId?: string | number | null | undefined;
  /** The campaign it belongs to. */
  campaignId?: string | number | null | undefined;
  /** The channel it goes over. */
  channel: Channel;
  /** What it says. */
  content: MailingContentInput;
  /** Its name, 1 to 200 characters. */
  name: string;
};

/** A new offer. */
export type CreateOfferInput = {
  /** What it is. */
  content: OfferContentInput;
};

/** A new operator of the caller’s company. */
export type CreateOperatorInput = {
  /** Their sign-in email; no other operator may have it. */
  email: string;
  /** A first password (8 to 128 characters with letters and digits) that serves only to choose their own at the first sign-in. */
  password: string;
  /** What they may do. */
  role: OperatorRole;
};

/** A new store of the caller’s company. */
export type CreatePointOfSaleInput = {
  /** The store’s address; none when omitted or blank. */
  address?: string | null | undefined;
  /** Paying with bonuses for a member named by phone alone (no card) goes without the code sent to the member. Such payments need the code unless this is true, whatever confirmPaymentBySms says; card payments follow confirmPaymentBySms. False when omitted. */
  allowPhonePaymentWithoutCode?: boolean | null | undefined;
  /** Paying with bonuses (and a cashier’s deduction) here needs a code sent to the member; false when omitted. */
  confirmPaymentBySms?: boolean | null | undefined;
  /** The store’s name, 1 to 200 characters. */
  name: string;
  /** What returns of purchases made here do with accrued bonuses already spent; WRITE_OFF_TO_NEGATIVE when omitted. */
  returnPolicy?: ReturnPolicy | null | undefined;
};

/** A new cash register at a store of the caller’s company. */
export type CreatePosTerminalInput = {
  /** Its name for people, 1 to 200 characters. */
  name: string;
  /** The store it stands in. */
  pointOfSaleId: string | number;
};

/** A new product list. */
export type CreateProductListInput = {
  /** The list. */
  list: ProductListInput;
};

/** New promo content. */
export type CreatePromotionInput = {
  /** What it is. */
  content: PromotionContentInput;
};

/** The cash register to take out of service. */
export type DeactivatePosTerminalInput = {
  /** A terminal of the caller’s company. */
  terminalId: string | number;
};

/** A manual deduction from one member, named by memberId or cardNumber. */
export type DeductBonusesInput = {
  /** Bonuses to deduct: positive, at most 2 decimal places, up to 1,000,000,000. */
  amount: string;
  /** A card in use of the member, instead of memberId (spaces and dashes ignored); a blocked card is refused. */
  cardNumber?: string | null | undefined;
  /** Currency code; the default bonus currency when omitted. */
  currency?: string | null | undefined;
  /** When it took effect; now when omitted, never in the future. */
  effectiveAt?: string | null | undefined;
  /** Optional (1 to 128 characters): a retry with the same key returns the first result and changes nothing. */
  idempotencyKey?: string | null | undefined;
  /** The member; or give cardNumber. */
  memberId?: string | number | null | undefined;
  /** Why (a correction, a double accrual…); required, kept on the operation. */
  reason: string;
};

/** The content to delete. */
export type DeletePromotionInput = {
  /** Its id. */
  promotionId: string | number;
};

/** A direct discount. */
export type DiscountActionInput = {
  /** How it counts. */
  base: DiscountBase;
  /** N_FOR_M: units paid for. */
  m?: number | null | undefined;
  /** N_FOR_M: units taken. */
  n?: number | null | undefined;
  /** A rounding correction; omitted: none. */
  rounding?: DiscountRoundingInput | null | undefined;
  /** Per line (default) or once per receipt. */
  scope?: DiscountScope | null | undefined;
  /** The percent, amount or fixed price (not for N_FOR_M). */
  value?: string | null | undefined;
};

/** How a direct discount counts. */
export type DiscountBase =
  /** `value` off, in money. */
  | 'AMOUNT'
  /** Each unit at `value` (never raises a price). */
  | 'FIXED_PRICE'
  /** `n` units for the price of `m`. */
  | 'N_FOR_M'
  /** `value` percent off. */
  | 'PERCENT';

/** A rounding correction, in the member’s favour. */
export type DiscountRoundingInput = {
  /** What is rounded. */
  of: RoundingTarget;
  /** Down to a multiple of this, e.g. 0.10. */
  step: string;
};

/** Where a discount applies. */
export type DiscountScope =
  /** On each qualifying line. */
  | 'LINE'
  /** Once on the receipt, spread over the qualifying lines by value. */
  | 'RECEIPT';

/** Why a mutation was refused. Clients branch on these; messages are for people. Each mutation’s description ends with the codes it can return. */
export type ErrorCode =
  /** The action needs a receipt (a discount, a payment, a receipt message) and the offer reacts to another event. */
  | 'ACTION_NOT_FOR_EVENT'
  /** The member (or the invitee) already belongs to a family. */
  | 'ALREADY_IN_FAMILY'
  /** Live offers or published promo content name the audience: finish, revise or unpublish them before deleting it (the message names them). */
  | 'AUDIENCE_IN_USE'
  /** The company has no target audience with this id (or it was deleted). */
  | 'AUDIENCE_NOT_FOUND'
  /** A revision’s budget total is below what the offer has spent already (the message says how much). */
  | 'BUDGET_BELOW_SPENT'
  /** The company already has a campaign with this name. */
  | 'CAMPAIGN_NAME_TAKEN'
  /** No campaign with this id in the caller’s company. */
  | 'CAMPAIGN_NOT_FOUND'
  /** The card is already bound (to another member, for registrations). */
  | 'CARD_ALREADY_BOUND'
  /** The card is blocked. */
  | 'CARD_BLOCKED'
  /** The new card is already bound to a member. */
  | 'CARD_NOT_BLANK'
  /** The card is not blocked. */
  | 'CARD_NOT_BLOCKED'
  /** No card with this number is in use in the company: unknown, not bound to a member, or its member has left the program. */
  | 'CARD_NOT_FOUND'
  /** The batch’s number range overlaps cards that exist. */
  | 'CARD_NUMBER_CONFLICT'
  /** The card was already replaced. */
  | 'CARD_REPLACED'
  /** The company has switched this registration channel off. */
  | 'CHANNEL_DISABLED'
  /** The caller may not register through this channel: terminals register through POS. */
  | 'CHANNEL_NOT_ALLOWED'
  /** The code sent to the member has expired (after 5 minutes); ask for a new one. */
  | 'CODE_EXPIRED'
  /** The code sent to the member is wrong; each wrong try uses up one of five. */
  | 'CODE_INVALID'
  /** A code was sent to the member less than 30 seconds ago; wait before asking again. */
  | 'CODE_REQUESTED_TOO_OFTEN'
  /** No such company. */
  | 'COMPANY_NOT_FOUND'
  /** The platform hosts more than one program: name the company. */
  | 'COMPANY_REQUIRED'
  /** The coupon’s validity has ended. */
  | 'COUPON_EXPIRED'
  /** No coupon with this code in the company (field names which). */
  | 'COUPON_NOT_FOUND'
  /** The coupon was issued to another member (or the receipt names no member). */
  | 'COUPON_NOT_YOURS'
  /** The coupon has no use left: redeemed, or held by a purchase another till is calculating. */
  | 'COUPON_USED_UP'
  /** The company already has a bonus currency with this code. */
  | 'CURRENCY_CODE_TAKEN'
  /** The company has no bonus currency with this code. */
  | 'CURRENCY_NOT_FOUND'
  /** A date lies before the company’s history start (updateCompanySettings.historyStartsAt) or from 2100 on; the field names it. */
  | 'DATE_OUT_OF_RANGE'
  /** None of the member’s app installations in use has this token. */
  | 'DEVICE_NOT_FOUND'
  /** The email address belongs to another member. */
  | 'EMAIL_TAKEN'
  /** The head leaves the family last: the others leave first. */
  | 'FAMILY_HEAD_CANNOT_LEAVE'
  /** The member picked these favourites too recently to change them; the message says from when they may. */
  | 'FAVOURITES_LOCKED'
  /** Bonus operations are dated before the history start asked for: it can move no later than the earliest of them (the message says when). */
  | 'HISTORY_HAS_OPERATIONS'
  /** The caller used this idempotency key for a different request. */
  | 'IDEMPOTENCY_CONFLICT'
  /** The active balance, less what pending operations hold, does not cover the amount; for a back-dated change, a spend recorded after it would no longer be covered. */
  | 'INSUFFICIENT_BALANCE'
  /** An amount is not positive, has more than two decimal places or is above 1,000,000,000, or a payment with bonuses is worth less than a cent. */
  | 'INVALID_AMOUNT'
  /** The birth date is in the future or implausibly far back. */
  | 'INVALID_BIRTH_DATE'
  /** The card number is not 16 digits with a valid check digit. */
  | 'INVALID_CARD_NUMBER'
  /** The sign-in failed: the identifier or the secret is wrong (which one is not told). */
  | 'INVALID_CREDENTIALS'
  /** Not a phone number in international format (+4915…) or an email address, as the channel needs. */
  | 'INVALID_DESTINATION'
  /** Not a token of the push service named (FCM: URL-safe text; APNs: hex; Huawei: URL-safe text). */
  | 'INVALID_DEVICE_TOKEN'
  /** The email address is not valid. */
  | 'INVALID_EMAIL'
  /** An input value is missing, malformed or out of range (a provider setting its kind does not take); field names it. */
  | 'INVALID_INPUT'
  /** A percent is not above 0 and at most 100, or a share not from 0 to 1. */
  | 'INVALID_PERCENT'
  /** A period bound is not a local date and time that exists, or the period ends before it starts. */
  | 'INVALID_PERIOD'
  /** The phone is not an international number (e.g. +491701234567). */
  | 'INVALID_PHONE'
  /** The receipt or the returned lines are not valid: no lines or more than the maximum, a price or quantity out of range, a register discount above its line, a line the purchase does not have, more returned than is left. */
  | 'INVALID_RECEIPT'
  /** No pending invitation with this id for the signed-in member. */
  | 'INVITATION_NOT_FOUND'
  /** A limit against fraud refuses the operation; the message names the limit. The refusal is recorded for the security service. */
  | 'LIMIT_EXCEEDED'
  /** No such limit in the company. */
  | 'LIMIT_NOT_FOUND'
  /** The limit’s subjectId names no terminal (TERMINAL_* metrics) or point of sale (POINT_OF_SALE_* metrics) of the caller’s company; nothing was created or changed. */
  | 'LIMIT_SUBJECT_NOT_FOUND'
  /** This terminal named 10 cards or phones that nobody holds within 10 minutes: from its next look-up on it looks nobody up, known cards included, for 10 minutes; the message says when look-ups resume. */
  | 'LOOKUP_RATE_LIMITED'
  /** No mailing with this id in the caller’s company. */
  | 'MAILING_NOT_FOUND'
  /** The mailing is not in a state that allows this (a started one is not edited, a finished one not paused); the message says which it is in. */
  | 'MAILING_STATE_CONFLICT'
  /** The member’s account is blocked: it neither accrues nor pays. */
  | 'MEMBER_BLOCKED'
  /** Paying with bonuses is not open to this member (a state outside the company’s spending states, e.g. a card holder not yet registered), or the receipt has no member. */
  | 'MEMBER_CANNOT_SPEND'
  /** The member’s account is not blocked. */
  | 'MEMBER_NOT_BLOCKED'
  /** No member with this id (or phone) in the caller’s company, or the member has left the program. */
  | 'MEMBER_NOT_FOUND'
  /** Only registered members take part in families. */
  | 'MEMBER_NOT_REGISTERED'
  /** No message of the member’s inbox has this id; field names which one. */
  | 'MESSAGE_NOT_FOUND'
  /** Only the family’s head may do this. */
  | 'NOT_FAMILY_HEAD'
  /** The member does not belong to a family. */
  | 'NOT_IN_FAMILY'
  /** Only a draft is edited; an offer that went live is changed by a new version (reviseOffer). */
  | 'OFFER_NOT_EDITABLE'
  /** No offer with this id in the caller’s company. */
  | 'OFFER_NOT_FOUND'
  /** The offer already has a draft revision: edit or publish that one. */
  | 'OFFER_REVISION_EXISTS'
  /** The offer’s state does not allow this step (pausing a draft, publishing a finished offer…); the message says which states do. */
  | 'OFFER_STATE_CONFLICT'
  /** The manual operation was not confirmed within the hold time and cancelled itself; calculate it again. */
  | 'OPERATION_EXPIRED'
  /** No such manual operation at the terminal’s point of sale. */
  | 'OPERATION_NOT_FOUND'
  /** The manual operation is already confirmed or cancelled. */
  | 'OPERATION_NOT_PENDING'
  /** An operator with this email address exists. */
  | 'OPERATOR_EMAIL_TAKEN'
  /** No such operator in the caller’s company. */
  | 'OPERATOR_NOT_FOUND'
  /** The code sent to the member by SMS is needed (the point of sale asks for it, or the member was named by phone alone and the point of sale does not allow that without a code); confirm again with it. */
  | 'PAYMENT_CODE_REQUIRED'
  /** The payment with bonuses is above the share of the receipt the program lets bonuses pay (see Purchase.maxBonusPayment). */
  | 'PAYMENT_EXCEEDS_SHARE'
  /** The phone belongs to another member (a registered one, for registrations). */
  | 'PHONE_TAKEN'
  /** No such point of sale in the company. */
  | 'POINT_OF_SALE_NOT_FOUND'
  /** No product list with this id in the caller’s company. */
  | 'PRODUCT_LIST_NOT_FOUND'
  /** No product with this SKU in the company’s catalogue (field names which); SKUs are checked once a catalogue is uploaded. */
  | 'PRODUCT_NOT_FOUND'
  /** No promo content with this id in the caller’s company. */
  | 'PROMOTION_NOT_FOUND'
  /** The provider refused the message or could not be reached; the message says what it answered. */
  | 'PROVIDER_FAILED'
  /** The company already has a provider with this name. */
  | 'PROVIDER_NAME_TAKEN'
  /** No provider with this id in the caller’s company. */
  | 'PROVIDER_NOT_FOUND'
  /** The purchase was not confirmed within the hold time and cancelled itself; calculate it again. */
  | 'PURCHASE_EXPIRED'
  /** Only a confirmed purchase can be returned. */
  | 'PURCHASE_NOT_CONFIRMED'
  /** No such purchase in the company; at a till, none at the terminal’s point of sale. */
  | 'PURCHASE_NOT_FOUND'
  /** The purchase is already confirmed or cancelled. */
  | 'PURCHASE_NOT_PENDING'
  /** No registered member of the company holds the referral code given. */
  | 'REFERRAL_CODE_NOT_FOUND'
  /** The return was not confirmed within the hold time and cancelled itself; calculate it again. */
  | 'REFUND_EXPIRED'
  /** No such return at the terminal’s point of sale. */
  | 'REFUND_NOT_FOUND'
  /** The return is already confirmed or cancelled. */
  | 'REFUND_NOT_PENDING'
  /** A field the registration channel requires is missing (the phone always), or a self-registration lacks its verification code. */
  | 'REQUIRED_FIELD_MISSING'
  /** The refresh token is unknown, used up, expired or its session was ended (signed out, password changed, account blocked): sign in again. */
  | 'SESSION_ENDED'
  /** With its variables at their longest, the text takes more SMS parts than its kind of message may; the message says how many. */
  | 'SMS_TOO_LONG'
  /** The start time has passed: start now (leave startAt out) or name a time ahead. */
  | 'START_TIME_IN_PAST'
  /** The company has no template of this kind, channel and language. */
  | 'TEMPLATE_NOT_FOUND'
  /** The template leaves out a variable its kind of message must show (a code’s message without the code). */
  | 'TEMPLATE_VARIABLE_MISSING'
  /** The template names a variable its kind of message does not have; the message lists those it has. */
  | 'TEMPLATE_VARIABLE_UNKNOWN'
  /** No such cash register in the caller’s company. */
  | 'TERMINAL_NOT_FOUND'
  /** No ticket with this id among the caller’s (a member’s own, support’s company’s). */
  | 'TICKET_NOT_FOUND'
  /** Five wrong codes were tried; ask for a new one. */
  | 'TOO_MANY_ATTEMPTS'
  /** Too many codes were asked in the last minute from the caller’s network, or for the whole program (`CODE_REQUESTS_PER_MINUTE_PER_ADDRESS`, `CODE_REQUESTS_PER_MINUTE_PER_COMPANY`); nothing was sent: try again in a minute. */
  | 'TOO_MANY_CODE_REQUESTS'
  /** The password needs 8 to 128 characters with letters and digits. */
  | 'WEAK_PASSWORD'
  /** The current password is wrong. */
  | 'WRONG_PASSWORD';

/** The invitation to answer. */
export type FamilyInvitationInput = {
  /** A pending invitation of the signed-in member. */
  invitationId: string | number;
};

/** Where an invitation to a family stands. */
export type FamilyInvitationState =
  /** The invitee joined the family. */
  | 'ACCEPTED'
  /** Withdrawn; it can no longer be answered. No call withdraws invitations yet. */
  | 'CANCELLED'
  /** The invitee declined. */
  | 'DECLINED'
  /** Sent, not answered yet. */
  | 'PENDING';

/** A favourites list’s candidates (fixed SKUs, or each member’s most bought) and how members pick. */
export type FavouritesRuleInput = {
  /** The products to pick from, by SKU (or historyDays and historyTop). */
  candidateSkus?: Array<string> | null | undefined;
  /** Days a pick holds before the member may change it, 0 to 365 (default 0: any time). */
  changeEveryDays?: number | null | undefined;
  /** Candidates: the member’s most bought SKUs over this many days… */
  historyDays?: number | null | undefined;
  /** …at most this many (1 to 100). */
  historyTop?: number | null | undefined;
  /** How many a member may pick, 1 to 50. */
  picks: number;
};

/** One historical operation. Identify the member by memberId, cardNumber or phone (the first given wins). Blocked members’ history is imported too. */
export type ImportOperationRow = {
  /** An accrual: not payable before; from effectiveAt when omitted. */
  activatesAt?: string | null | undefined;
  /** Bonuses: positive, at most 2 decimal places. */
  amount: string;
  /** A card bound to the member, instead of memberId. */
  cardNumber?: string | null | undefined;
  /** Bonus currency code; the default one when omitted. */
  currency?: string | null | undefined;
  /** When it happened in the source system; rows are applied in this order. */
  effectiveAt: string;
  /** An accrual: expires unspent at; never when omitted. */
  expiresAt?: string | null | undefined;
  /** Its id in the source system (1 to 200 characters); a row imported before is skipped. */
  externalId: string;
  /** ACCRUAL (points earned), PAYMENT (spent on a purchase) or DEDUCTION (taken off by hand). */
  kind: OperationKind;
  /** The member. */
  memberId?: string | number | null | undefined;
  /** The member’s phone (any usual spelling of an international number), instead of memberId or cardNumber. */
  phone?: string | null | undefined;
  /** Kept on the operation; `import` (accruals) or `import <externalId>` when omitted. */
  reason?: string | null | undefined;
};

/** A history to import, as one job. */
export type ImportOperationsInput = {
  /** Optional: without one, the same rows sent again are the same job. */
  idempotencyKey?: string | null | undefined;
  /** 1 to 10,000 operations, in any order. */
  rows: Array<ImportOperationRow>;
};

/** The personal offers. */
export type ImportPersonalOffersInput = {
  /** 1 to 5,000 personal offers, each key once. */
  offers: Array<PersonalOfferInput>;
};

/** What an incoming text was taken as. */
export type InboundKind =
  /** The registration keyword: the sender was registered (or why not is in the outcome). */
  | 'REGISTRATION'
  /** STOP or a synonym: marketing over the channel was withdrawn. */
  | 'STOP'
  /** Anything else: for support to read. */
  | 'SUPPORT';

/** Name the invitee by id or by phone. */
export type InviteToFamilyInput = {
  /** The invitee, a registered member of the company. */
  inviteeMemberId?: string | number | null | undefined;
  /** The invitee’s phone, instead of inviteeMemberId. */
  inviteePhone?: string | null | undefined;
  /** The head; omitted by a member. */
  memberId?: string | number | null | undefined;
};

/** Coupons for an offer whose filters ask for one (couponRequired): one per member named, or a batch anyone may present. */
export type IssueCouponsInput = {
  /** Without memberIds: how many coupons, 1 to 10,000 (default 1). */
  count?: number | null | undefined;
  /** Purchases each may be redeemed on, 1 to 1,000 (default 1: single use). */
  maxUses?: number | null | undefined;
  /** One coupon for each of these members, only they may redeem it. */
  memberIds?: Array<string | number> | null | undefined;
  /** The offer (any version’s id, or its lineage id). */
  offerId: string | number;
  /** Up to 10 capital letters and digits the codes begin with (e.g. XMAS). */
  prefix?: string | null | undefined;
  /** Valid until (in the future); omitted: no end (the offer’s own period still applies). */
  validTo?: string | null | undefined;
};

/** Whom to issue a virtual card to. */
export type IssueVirtualCardInput = {
  /** Omitted by a member issuing a card for themself. */
  memberId?: string | number | null | undefined;
};

/** Who leaves their family. */
export type LeaveFamilyInput = {
  /** Admins name the member; omitted by a member. */
  memberId?: string | number | null | undefined;
};

/** A limit’s whole definition; every problem with it is reported at once, one error per field. */
export type LimitDefinition = {
  /** Makes the limit soft: reaching it alerts the security service. At most refuseAbove, of the same kind of number. */
  alertAt?: string | null | undefined;
  /** Amount limits: the currency code (the default one when omitted). */
  currency?: string | null | undefined;
  /** What it measures. */
  metric: LimitMetric;
  /** Its name for people, 1 to 200 characters. */
  name: string;
  /** Required for per-period measures, absent otherwise. */
  period?: LimitPeriod | null | undefined;
  /** An operation taking the measure above it is refused: a whole number for counts, bonuses (2 decimal places) for amounts; 0 to 1,000,000,000. */
  refuseAbove: string;
  /** Terminal and point-of-sale limits: just this terminal or point of sale of the caller’s company (LIMIT_SUBJECT_NOT_FOUND otherwise); all of them when omitted. Not for card limits. */
  subjectId?: string | number | null | undefined;
  /** ROLLING when omitted. */
  window?: LimitWindow | null | undefined;
};

/** How a limit treats an operation: every limit refuses above refuseAbove; a soft one also alerts before. */
export type LimitKind =
  /** Refuses an operation that would take the measure above refuseAbove; no alerts. */
  | 'HARD'
  /** Alerts the security service for every operation from alertAt up to refuseAbove, and refuses above refuseAbove. */
  | 'SOFT';

/** What a limit measures. CARD_* count what one card (its holder) did, TERMINAL_* one terminal, POINT_OF_SALE_* one point of sale. */
export type LimitMetric =
  /** bonuses one purchase accrues to a card (amount of bonuses) */
  | 'CARD_ACCRUAL_PER_PURCHASE'
  /** bonuses accrued to a card (amount of bonuses, per period) */
  | 'CARD_ACCRUED'
  /** bonuses paid or deducted from a card (amount of bonuses, per period) */
  | 'CARD_DEDUCTED'
  /** manual accruals and deductions on a card from one terminal (count, per period) */
  | 'CARD_MANUAL_OPERATIONS_AT_TERMINAL'
  /** the balance of a member (active and not yet activated) (amount of bonuses) */
  | 'CARD_MAX_BALANCE'
  /** bonuses paid in one purchase with a card (amount of bonuses) */
  | 'CARD_PAYMENT_PER_PURCHASE'
  /** purchases with a card at one point of sale (count, per period) */
  | 'CARD_PURCHASES_AT_POINT_OF_SALE'
  /** purchases with a card at one terminal (count, per period) */
  | 'CARD_PURCHASES_AT_TERMINAL'
  /** purchases accruing bonuses to a card at one point of sale (count, per period) */
  | 'CARD_PURCHASE_ACCRUALS_AT_POINT_OF_SALE'
  /** purchases at a point of sale (count, per period) */
  | 'POINT_OF_SALE_PURCHASES'
  /** bonuses paid with at a terminal (amount of bonuses, per period) */
  | 'TERMINAL_BONUS_PAYMENTS'
  /** bonuses a terminal accrued manually or as extras (amount of bonuses, per period) */
  | 'TERMINAL_MANUAL_ACCRUALS'
  /** bonuses a terminal deducted manually (amount of bonuses, per period) */
  | 'TERMINAL_MANUAL_DEDUCTIONS'
  /** bonuses a terminal accrued for purchases (amount of bonuses, per period) */
  | 'TERMINAL_PURCHASE_ACCRUALS';

/** How long a periodic measure counts; its window says whether rolling or calendar. */
export type LimitPeriod =
  /** A day (24 hours when rolling). */
  | 'DAY'
  /** An hour. */
  | 'HOUR'
  /** A month (30 days when rolling). */
  | 'MONTH'
  /** All time. */
  | 'TOTAL'
  /** A week (7 days when rolling; from Monday in the calendar). */
  | 'WEEK';

/** Where a period starts. */
export type LimitWindow =
  /** The current hour, day, week (from Monday) or month in the company’s time zone. */
  | 'CALENDAR'
  /** Ending at the operation: the last hour, 24 hours, 7 days or 30 days. */
  | 'ROLLING';

/** The call a limit judged, as its alert records it. The values are the names of the calls, as they have always been on the wire. */
export type LimitedOperation =
  /** An accrual being recorded: an operator’s, a confirmed cashier’s one, or a row of a bulk accrual. */
  | 'accrueBonuses'
  /** A terminal calculating a cashier’s manual accrual or deduction. */
  | 'calculateManualOperation'
  /** A terminal calculating a purchase. */
  | 'calculatePurchase'
  /** A terminal confirming a purchase. */
  | 'confirmPurchase'
  /** A deduction being recorded: an operator’s, or a confirmed cashier’s one. */
  | 'deductBonuses'
  /** A terminal sending a receipt it kept while offline. */
  | 'registerOfflinePurchase'
  /** A terminal asking to pay a pending purchase with bonuses. */
  | 'requestBonusPayment';

/** A member’s phone with exactly one of password and code. */
export type LoginMemberInput = {
  /** The 6-digit code requestMemberCode sent; or give password. */
  code?: string | null | undefined;
  /** The program; may be omitted when the platform hosts one company. */
  companyId?: string | number | null | undefined;
  /** The member’s password; or give code. */
  password?: string | null | undefined;
  /** The member’s phone, in international format. */
  phone: string;
};

/** An operator’s credentials. */
export type LoginOperatorInput = {
  /** The sign-in email address (any case). */
  email: string;
  /** The operator’s password. */
  password: string;
};

/** A terminal’s credentials, as createPosTerminal gave them. */
export type LoginTerminalInput = {
  /** The secret createPosTerminal showed once. */
  secret: string;
  /** The terminal’s id. */
  terminalId: string | number;
};

/** A Viber button: what it says and the link it opens. */
export type MailingButtonInput = {
  /** Up to 30 characters. */
  caption: string;
  /** The http(s) link it opens. */
  url: string;
};

/** What a mailing says. Texts may use the variables {{firstName}}, {{lastName}}, {{shop}} (the member’s, and the program’s name). SMS: text (up to 4 parts with the variables at their longest). EMAIL: subject, text and html (links and images by http(s) URL). PUSH: text, imageUrl or both, subject as the title. VIBER: text, text + button, text + imageUrl + button, or imageUrl + button. SOCIAL: text and socialTemplateId. */
export type MailingContentInput = {
  /** VIBER: a button opening a link. */
  button?: MailingButtonInput | null | undefined;
  /** EMAIL: the HTML body. */
  html?: string | null | undefined;
  /** PUSH and VIBER: an image (http(s) URL). */
  imageUrl?: string | null | undefined;
  /** SOCIAL: the id of the template the network moderated, which the text goes into. */
  socialTemplateId?: string | null | undefined;
  /** EMAIL (required) and PUSH: the subject or title, up to 200 characters. */
  subject?: string | null | undefined;
  /** The text: up to 5000 characters for email, 1000 otherwise. */
  text?: string | null | undefined;
};

/** A mailing. */
export type MailingIdInput = {
  /** The mailing. */
  mailingId: string | number;
};

/** Where a mailing is. */
export type MailingState =
  /** Stopped for good: what was still queued never went (CANCELLED). */
  | 'CANCELLED'
  /** Being written: it can be changed, estimated, previewed and started. */
  | 'DRAFT'
  /** Every message handed to its provider (or recorded as not sent, with why); delivery reports still arrive. */
  | 'FINISHED'
  /** Holding what is queued (or its start) until resumed. */
  | 'PAUSED'
  /** Listing its recipients and sending, at its providers’ rates and outside quiet hours. */
  | 'RUNNING'
  /** Waiting for its start time (kept across restarts). */
  | 'SCHEDULED';

/** Confirms or cancels a pending manual operation. */
export type ManualOperationActionInput = {
  /** The code sent to the member (confirmManualOperation, where the point of sale requires it). */
  code?: string | null | undefined;
  /** Unique per call (1 to 128 characters); a retry with the same key gets the first answer. */
  idempotencyKey: string;
  /** The pending operation, from calculateManualOperation. */
  manualOperationId: string | number;
  /** Why it is cancelled (cancelManualOperation only). */
  reason?: string | null | undefined;
};

/** What a cashier does by hand. */
export type ManualOperationKind =
  /** Adds bonuses (goodwill, a missed accrual). */
  | 'ACCRUAL'
  /** Takes bonuses off (a correction); held from calculation to confirmation. */
  | 'DEDUCTION';

/** Any combination; all given criteria must match. Name matches first or last name, any case. */
export type MemberFilter = {
  /** A card of the member (any of their cards), 16 digits. */
  cardNumber?: string | null | undefined;
  /** The exact email address, any case. */
  email?: string | null | undefined;
  /** Words that must each appear in the first or last name, any case. */
  name?: string | null | undefined;
  /** The exact phone, any usual spelling of an international number. */
  phone?: string | null | undefined;
};

/** A message sent to the member. */
export type MemberMessageActionInput = {
  /** Its channel. */
  channel: OfferMessageChannel;
  /** The message template’s name. */
  template: string;
};

/** Where a member stands in the program; what the state lets them do. */
export type MemberState =
  /** Blocked on suspected fraud: neither collects nor pays until unblocked. */
  | 'BLOCKED'
  /** Holds a card bound at a checkout but has not registered: collects bonuses; pays only where the company lets card holders spend. */
  | 'CARD_HOLDER'
  /** Left the program; personal data erased. Such members are no longer found by queries. */
  | 'DELETED'
  /** Registered through a channel: collects and (by default) pays with bonuses. */
  | 'REGISTERED';

/** A kind of message the platform sends by itself, answering an event; or MAILING, a marketer’s mailing. */
export type MessageKind =
  /** Bonus points about to expire (waits for the end of quiet hours). */
  | 'BONUSES_EXPIRING'
  /** A new virtual card’s number. */
  | 'CARD_ISSUED'
  /** The code that confirms a cashier’s deduction of bonus points. */
  | 'DEDUCTION_CODE'
  /** The electronic receipt of a purchase, to members who take them instead of paper. */
  | 'E_RECEIPT'
  /** A limit reached or refusing, to the security service’s addresses. */
  | 'LIMIT_ALERT'
  /** One of a marketer’s mailings: it says what the mailing says (templates are for the other kinds). */
  | 'MAILING'
  /** The code a member gives the till to pay with bonus points. */
  | 'PAYMENT_CODE'
  /** The answer to a STOP text: marketing by text has ended. */
  | 'STOP_CONFIRMED'
  /** Support answered the member’s ticket (by push where they have the app, else email, else SMS). */
  | 'TICKET_ANSWERED'
  /** A one-time code to confirm a phone or email (registration, sign-in, a change, a password reset). */
  | 'VERIFICATION_CODE'
  /** A welcome on registration. */
  | 'WELCOME';

/** Where a message stands. */
export type MessageStatus =
  /** Its mailing was cancelled before it went. */
  | 'CANCELLED'
  /** The provider reported it delivered. */
  | 'DELIVERED'
  /** Given up on after its attempts, or refused for good: lastError says why. */
  | 'FAILED'
  /** Waiting for its (next) attempt, or for the end of quiet hours. */
  | 'QUEUED'
  /** Accepted by the provider. */
  | 'SENT'
  /** A mailing’s recipient it could not go to (no phone, email or app installation for its channel, or a blocked member): lastError says why. */
  | 'UNDELIVERABLE'
  /** A mailing’s recipient without consent to marketing over its channel: not sent. */
  | 'UNSUBSCRIBED';

/** One thing the offer does: exactly one field. */
export type OfferActionInput = {
  /** Bonus points taken from the member (not on a receipt). */
  bonusDeduction?: BonusDeductionActionInput | null | undefined;
  /** Additional bonus points. */
  bonusPoints?: BonusPointsActionInput | null | undefined;
  /** A text shown on the cashier’s screen. */
  cashierMessage?: string | null | undefined;
  /** A direct discount. */
  discount?: DiscountActionInput | null | undefined;
  /** A message sent to the member. */
  memberMessage?: MemberMessageActionInput | null | undefined;
  /** Paying with bonuses. */
  payment?: PaymentActionInput | null | undefined;
  /** A text printed on the receipt. */
  receiptMessage?: string | null | undefined;
  /** What becomes of the register’s own discount. */
  registerDiscount?: RegisterDiscountActionInput | null | undefined;
};

/** What the offer may give away, in money: its discounts plus its bonuses at their money value. Give a total, a limit per member, or both. */
export type OfferBudgetInput = {
  /** Per member; a receipt without a member gets nothing of such a budget. */
  perMember?: string | null | undefined;
  /** The per-member limit counts the last this many days; omitted: the offer’s whole life. */
  periodDays?: number | null | undefined;
  /** Over the offer’s life (across its versions). */
  total?: string | null | undefined;
};

/** Which offer takes a line when offers that do not combine compete for it. */
export type OfferCompetition =
  /** The one worth most to the member. */
  | 'BEST_FOR_MEMBER'
  /** The one with the highest priority. */
  | 'PRIORITY';

/** An offer’s content: what it reacts to, what limits it, what it does, and how it combines with others. */
export type OfferContentInput = {
  /** What it does, 1 to 20 actions. */
  actions: Array<OfferActionInput>;
  /** What it may give away; omitted: without limit. */
  budget?: OfferBudgetInput | null | undefined;
  /** Which offer takes a line when offers compete (default BEST_FOR_MEMBER). */
  competition?: OfferCompetition | null | undefined;
  /** Up to 2,000 characters. */
  description?: string | null | undefined;
  /** Local end, exclusive; omitted: until finished. */
  endsAt?: unknown;
  /** What it reacts to. */
  event: OfferEventInput;
  /** What limits it; omitted: nothing. */
  filters?: OfferFiltersInput | null | undefined;
  /** 1 to 100 characters. */
  name: string;
  /** Higher goes first (default 0), from −1000 to 1000. */
  priority?: number | null | undefined;
  /** How it combines with other offers (default COMBINABLE). */
  stacking?: StackingMode | null | undefined;
  /** COMBINABLE: the group it combines within; omitted: every combinable offer without a group. */
  stackingGroup?: string | null | undefined;
  /** Local start, inclusive; omitted: from publication. */
  startsAt?: unknown;
};

/** What the offer reacts to; give the parameters its kind takes (see OfferEventKind). */
export type OfferEventInput = {
  /** AUDIENCE_ENTERED: the audience (required there). */
  audienceId?: string | number | null | undefined;
  /** MEMBER_REGISTERED: registration channels that count; omitted: all. */
  channels?: Array<string> | null | undefined;
  /** CONTACT_LINKED: the contact (required there). */
  contact?: ContactKind | null | undefined;
  /** SCHEDULE: the day of each month (or daysOfWeek). */
  dayOfMonth?: number | null | undefined;
  /** BIRTHDAY: days before the birthday (default 0: on the day). */
  daysBefore?: number | null | undefined;
  /** SCHEDULE: ISO days of the week, 1 (Monday) to 7 (or dayOfMonth). */
  daysOfWeek?: Array<number> | null | undefined;
  /** The event. */
  kind: OfferEventKind;
  /** SCHEDULE: the time of day, HH:MM (required there). */
  time?: string | null | undefined;
  /** BIRTHDAY: for how many days (default 1). */
  windowDays?: number | null | undefined;
};

/** What an offer reacts to. */
export type OfferEventKind =
  /** A member installed the mobile app. */
  | 'APP_INSTALLED'
  /** A member entered the audience `audienceId`. */
  | 'AUDIENCE_ENTERED'
  /** A member’s birthday: `daysBefore` it, for `windowDays` days. */
  | 'BIRTHDAY'
  /** A card issued to a member. */
  | 'CARD_ACTIVATED'
  /** A member linked a phone, an email or a social profile (`contact`). */
  | 'CONTACT_LINKED'
  /** A friend the member invited made their first purchase. */
  | 'FRIENDS_FIRST_PURCHASE'
  /** A friend registered with the member’s referral code. */
  | 'FRIEND_INVITED'
  /** A member registered, through any of `channels` (all when none are named). */
  | 'MEMBER_REGISTERED'
  /** A member completed their profile. */
  | 'PROFILE_COMPLETED'
  /** A purchase confirmed. */
  | 'PURCHASE_CONFIRMED'
  /** A receipt being calculated at a till (the purchase mechanics: discounts, bonus points, payment, messages). */
  | 'RECEIPT'
  /** A return confirmed. */
  | 'RETURN'
  /** A date and time: each `dayOfMonth`, or each of `daysOfWeek`, at `time` (company time). */
  | 'SCHEDULE'
  /** A member joined the company’s social group. */
  | 'SOCIAL_GROUP_JOINED'
  /** A member left the company’s social group. */
  | 'SOCIAL_GROUP_LEFT';

/** What limits the offer: every filter given must hold; an omitted one does not limit. */
export type OfferFiltersInput = {
  /** Members of any of these target audiences. */
  audienceIds?: Array<string | number> | null | undefined;
  /** Where the purchase is made. */
  channels?: Array<SalesChannel> | null | undefined;
  /** A coupon of the offer must be presented (default false). */
  couponRequired?: boolean | null | undefined;
  /** Only receipts in this bonus currency’s program. */
  currency?: string | null | undefined;
  /** ISO days of the week, 1 (Monday) to 7, in the register’s local time. */
  daysOfWeek?: Array<number> | null | undefined;
  /** A daily window’s start, HH:MM, in the register’s local time (with hoursTo). */
  hoursFrom?: string | null | undefined;
  /** Its end, HH:MM, exclusive; before hoursFrom it spans midnight. */
  hoursTo?: string | null | undefined;
  /** Member states that qualify (CARD_HOLDER, REGISTERED, BLOCKED). */
  memberStates?: Array<string> | null | undefined;
  /** Only receipts of an identified member (default false). */
  membersOnly?: boolean | null | undefined;
  /** And hold at least this many units. */
  minQuantity?: string | null | undefined;
  /** The qualifying lines must total at least this. */
  minTotal?: string | null | undefined;
  /** Never at these. */
  pointsOfSaleExclude?: Array<string | number> | null | undefined;
  /** Only at these points of sale. */
  pointsOfSaleInclude?: Array<string | number> | null | undefined;
  /** Lines of these products never do. */
  productsExclude?: Array<ProductSelectorInput> | null | undefined;
  /** Lines of these products qualify (omitted: every line). */
  productsInclude?: Array<ProductSelectorInput> | null | undefined;
  /** Only the member’s purchase of this number (1: the first). */
  purchaseOrdinal?: number | null | undefined;
};

/** The offer version a step applies to. */
export type OfferIdInput = {
  /** The version’s id. */
  offerId: string | number;
};

/** The channel a message to the member goes through. */
export type OfferMessageChannel =
  /** An email. */
  | 'EMAIL'
  /** A push notification to the member’s app. */
  | 'PUSH'
  /** A text message. */
  | 'SMS'
  /** A Viber message. */
  | 'VIBER';

/** Why an offer did not apply to a receipt. */
export type OfferRejectionReason =
  /** The member is not in its audiences. */
  | 'AUDIENCE'
  /** Its budget is spent (or the member’s part of it). */
  | 'BUDGET_SPENT'
  /** Not for this sales channel. */
  | 'CHANNEL'
  /** No coupon of it was presented. */
  | 'COUPON_REQUIRED'
  /** Not for this bonus currency. */
  | 'CURRENCY'
  /** Not on this day of the week. */
  | 'DAY_OF_WEEK'
  /** Not at this hour. */
  | 'HOURS'
  /** The offer cannot be evaluated (it should not have been published). */
  | 'INVALID_OFFER'
  /** Other offers took its lines (winnerOfferIds). */
  | 'LOST_TO_OFFER'
  /** For members only, and the receipt names none. */
  | 'MEMBERS_ONLY'
  /** Not for the member’s state. */
  | 'MEMBER_STATE'
  /** Its lines do not reach its minimum quantity. */
  | 'MIN_QUANTITY'
  /** Its lines do not reach its minimum total. */
  | 'MIN_TOTAL'
  /** No line is of its products. */
  | 'NO_QUALIFYING_LINES'
  /** Outside its period on the register’s clock. */
  | 'OUTSIDE_PERIOD'
  /** Not for this point of sale. */
  | 'POINT_OF_SALE'
  /** Not for the member’s Nth purchase this is. */
  | 'PURCHASE_ORDINAL';

/** Where an offer stands now. */
export type OfferState =
  /** Published and within its period: applied at the till. */
  | 'ACTIVE'
  /** Put away: kept for the purchases it explains, shown only when asked for. */
  | 'ARCHIVED'
  /** Being written: edited freely, changes nothing at the till. */
  | 'DRAFT'
  /** Its period is over, it was finished, or a newer version replaced it. */
  | 'FINISHED'
  /** Published, then paused: not applied until resumed. */
  | 'PAUSED'
  /** Published; its period has not started yet. */
  | 'SCHEDULED';

/** A member’s question to support. */
export type OpenTicketInput = {
  /** The question, 1 to 5000 characters. */
  text: string;
  /** What it is about, 1 to 100 characters. */
  topic: string;
};

/** Who recorded an operation. The values are lower case, as they have always been on the wire. */
export type OperationActorKind =
  /** An offer rewarding a member’s action (registration, a card activated); actorId is the offer. */
  | 'offer'
  /** An operator in the back office (one-step operations, imports, bulk accruals); actorId is the operator. */
  | 'operator'
  /** A terminal at a till (purchases, returns, a cashier’s manual operations); actorId is the terminal. */
  | 'terminal';

/** Through which channel an operation was recorded. */
export type OperationChannel =
  /** The back office: admin tools, the contact center, imports and bulk accruals. */
  | 'ADMIN'
  /** A till at a point of sale. */
  | 'POS'
  /** The platform itself, on an event (an offer’s reward). */
  | 'SYSTEM';

/** What an operation did to the balance. */
export type OperationKind =
  /** Bonuses earned: a purchase’s accrual, a manual or imported accrual, or paid bonuses a return gave back. */
  | 'ACCRUAL'
  /** Bonuses taken off by hand, or accrued bonuses a return took back. */
  | 'DEDUCTION'
  /** Bonuses spent on a purchase (at a till, or imported). */
  | 'PAYMENT';

/** What an operator may do; each call’s description names the roles it admits. */
export type OperatorRole =
  /** Runs the company: settings, operators, points of sale and terminals, currencies, limits, imports, and all an operator does. */
  | 'ADMIN'
  /** The program: its rules, manual and bulk accruals. */
  | 'MARKETER'
  /** The contact center: members and their cards, profiles and families, manual accruals and deductions, returns. */
  | 'OPERATOR'
  /** Fraud: limits and their alerts, settlements, blocking members and cards. */
  | 'SECURITY'
  /** Support agents: members’ tickets (feedback), their queue, replies and states, and the member’s inbox. */
  | 'SUPPORT';

/** Who leaves the program. */
export type OptOutInput = {
  /** Omitted by a member leaving themself; required from staff. */
  memberId?: string | number | null | undefined;
  /** Why, for the caller’s own records: not stored, since free text may name the person. */
  reason?: string | null | undefined;
};

/** Paying with bonuses. */
export type PaymentActionInput = {
  /** The largest share of a qualifying line bonuses may pay, 0 to 1. */
  maxShare: string;
  /** Cash the receipt keeps whatever the bonuses. */
  minCash?: string | null | undefined;
};

/** What a personal offer gives on its products. */
export type PersonalBenefitKind =
  /** The program’s base accrual on the qualifying lines, this many times more. */
  | 'BONUS_MULTIPLIER'
  /** Bonus points: this percent of what the qualifying lines were paid in money. */
  | 'BONUS_PERCENT'
  /** This amount off the qualifying lines of a receipt, spread over them. */
  | 'DISCOUNT_AMOUNT'
  /** This percent off each qualifying line. */
  | 'DISCOUNT_PERCENT'
  /** Each qualifying unit at this price. */
  | 'FIXED_PRICE';

/** A personal offer to import: for one member (by id or card number), a benefit on some products, for a while. */
export type PersonalOfferInput = {
  /** What it gives. */
  benefitKind: PersonalBenefitKind;
  /** The percent, amount, price or multiplier. */
  benefitValue: string;
  /** A card of the member (or memberId). */
  cardNumber?: string | null | undefined;
  /** Your key for it, 1 to 100 characters: importing it again replaces it. */
  externalId: string;
  /** The member (or cardNumber). */
  memberId?: string | number | null | undefined;
  /** 1 to 100 characters, as receipts show it. */
  name: string;
  /** The products it applies to (SKU, category level or brand); omitted: the whole receipt. */
  products?: Array<ProductSelectorInput> | null | undefined;
  /** From when it applies. */
  validFrom: string;
  /** Until when (exclusive). */
  validTo: string;
};

/** A further attribute. */
export type ProductAttributeInput = {
  /** 1 to 50 characters. */
  name: string;
  /** Up to 500 characters. */
  value: string;
};

/** A product of the catalogue; a known SKU is replaced whole. */
export type ProductInput = {
  /** Up to 50 further attributes. */
  attributes?: Array<ProductAttributeInput> | null | undefined;
  /** 1 to 100 characters. */
  brand?: string | null | undefined;
  /** A path of up to 10 levels split by `/`, e.g. `dairy/milk`. */
  category?: string | null | undefined;
  /** 1 to 200 characters. */
  name: string;
  /** 1 to 64 characters, no spaces. */
  sku: string;
};

/** A product list: a static one’s selectors, or a favourites list’s rule. */
export type ProductListInput = {
  /** FAVOURITES: its rule. */
  favourites?: FavouritesRuleInput | null | undefined;
  /** What it holds (it does not change later). */
  kind: ProductListKind;
  /** 1 to 100 characters. */
  name: string;
  /** STATIC: 1 to 1,000 selectors, each a SKU, a category (one level) or a brand. */
  selectors?: Array<ProductSelectorInput> | null | undefined;
};

/** What a product list holds. */
export type ProductListKind =
  /** Each member’s own pick among candidates: an offer naming it applies to the products the member picked. */
  | 'FAVOURITES'
  /** Products named by SKU, category or brand. */
  | 'STATIC';

/** Products a filter names: exactly one field. */
export type ProductSelectorInput = {
  /** A brand. */
  brand?: string | null | undefined;
  /** A category and everything under it. */
  category?: string | null | undefined;
  /** A product list of the company. */
  productListId?: string | number | null | undefined;
  /** A product by its SKU. */
  sku?: string | null | undefined;
};

/** What promo content says, to whom and when. */
export type PromotionContentInput = {
  /** Shown to this audience’s members only; omitted: to every member. */
  audienceId?: string | number | null | undefined;
  /** Shown from, in the company’s local time (may be before the offer starts). */
  displayFrom?: unknown;
  /** Shown until, exclusive. */
  displayTo?: unknown;
  /** An http(s) address of an image. */
  imageUrl?: string | null | undefined;
  /** An http(s) address it leads to. */
  link?: string | null | undefined;
  /** The offer it promotes (any version’s id): hidden once that offer has ended. */
  offerId?: string | number | null | undefined;
  /** Lower comes first, -1000 to 1000 (default 0; equal ones newest first). */
  position?: number | null | undefined;
  /** Whether members may see it (default false: a draft). */
  published?: boolean | null | undefined;
  /** Up to 5,000 characters. */
  text?: string | null | undefined;
  /** 1 to 200 characters. */
  title: string;
};

/** The kinds of provider (gateway) a company can configure; each serves one channel. */
export type ProviderKind =
  /** Push through the Apple Push Notification service (HTTP/2, a token key) to APNs device tokens. Settings: teamId, keyId, bundleId, url (https://api.push.apple.com; the sandbox for development builds). Credentials: privateKey (the .p8 file). */
  | 'APNS'
  /** Push through Azure Notification Hubs (a direct send) to FCM and APNs tokens. Settings: endpoint (https://<namespace>.servicebus.windows.net), hubName. Credentials: sasKeyName, sasKey. */
  | 'AZURE_NOTIFICATION_HUBS'
  /** SMS through Devino Telecom’s HTTP API (codes at REALTIME priority; statuses called back when PUBLIC_URL is set). Settings: sender (an approved name: up to 11 Latin letters or 15 digits), validitySeconds (0: Devino’s default), apiUrl (https://api.devino.online). Credentials: apiKey. */
  | 'DEVINO_SMS'
  /** Notifications through a VK or Odnoklassniki group via Devino Telecom: texts go into one template the network moderated. Settings: templateId, textVariable (text), routes (VK, OK, VK,OK or OK,VK), validitySeconds (86400), apiUrl (https://api.devino.online). Credentials: apiKey. */
  | 'DEVINO_SOCIAL'
  /** Viber business messages through Devino Telecom (a text, a text with a button, all three with an image, or an image with a button). Settings: sender (the agreed Viber sender name), validitySeconds (86400), apiUrl (https://api.devino.online). Credentials: apiKey. */
  | 'DEVINO_VIBER'
  /** Push through Firebase Cloud Messaging (HTTP v1) to FCM tokens. Settings: projectId. Credentials: serviceAccount (the service account key file’s JSON). */
  | 'FCM'
  /** Push through Huawei Push Kit to HMS tokens. Settings: appId. Credentials: clientSecret (the app secret). */
  | 'HMS'
  /** SMS over SMPP 3.4 (a transceiver link, kept alive and bound again when lost; GSM-7 or UCS-2, long texts concatenated; delivery receipts). Settings: host, port (2775), sender (a number, or up to 11 letters and digits), systemType, enquireLinkSeconds (30). Credentials: systemId, password. */
  | 'SMPP'
  /** SMS through SMS Traffic’s HTTP API (statuses asked for every statusPollSeconds). Settings: sender (a registered name: up to 11 Latin letters or 15 digits), statusPollSeconds (60; 0: never). Credentials: login, password. */
  | 'SMSTRAFFIC_SMS'
  /** Email over SMTP. Settings: host, port (587), secure (`true` for TLS from the start, port 465), requireTls, sender (the From address), replyTo. Credentials: username, password (both optional). */
  | 'SMTP'
  /** SMS through Stream Telecom’s HTTP API (statuses asked for every statusPollSeconds). Settings: sender (a registered name: up to 11 Latin letters or 15 digits), statusPollSeconds (60; 0: never). Credentials: login, password. */
  | 'STREAM_TELECOM_SMS';

/** One setting or credential of a provider. */
export type ProviderSettingInput = {
  /** The name, as the provider kind lists it (ProviderKind). */
  key: string;
  /** The value, as text. */
  value: string;
};

/** Confirmed purchases (returns taken off) in a recent period: give at least one bound. */
export type PurchaseRuleInput = {
  /** At most this many. */
  maxCount?: number | null | undefined;
  /** Spent at most this much. */
  maxTotal?: string | null | undefined;
  /** At least this many purchases. */
  minCount?: number | null | undefined;
  /** Spent at least this much. */
  minTotal?: string | null | undefined;
  /** The last N days. */
  periodDays: number;
};

/** Where a two-phase operation of the till (a purchase, a return, a manual operation) stands. */
export type PurchaseState =
  /** Dropped, by the terminal or by itself when not confirmed in time; it changed no balance. */
  | 'CANCELLED'
  /** Applied to the balance. */
  | 'CONFIRMED'
  /** Calculated; what it takes is held until it is confirmed or cancelled, or its hold lapses. */
  | 'PENDING';

/** The push service an app installation’s token belongs to. */
export type PushService =
  /** Apple Push Notification service (a hex device token). */
  | 'APNS'
  /** Firebase Cloud Messaging (Android, and iOS apps built with Firebase). */
  | 'FCM'
  /** Huawei Push Kit. */
  | 'HMS';

/** A window of local time, HH:MM to HH:MM (an end before the start spans midnight). */
export type QuietHoursInput = {
  /** HH:MM, e.g. 09:00. */
  end: string;
  /** HH:MM, e.g. 21:00. */
  start: string;
};

/** A line of the register’s receipt (1 to 500 lines per receipt). */
export type ReceiptLineInput = {
  /** The product’s brand, for offers that name one. */
  brand?: string | null | undefined;
  /** The product’s category path, levels separated by `/` (`drinks/coffee`): an offer naming any level applies. */
  category?: string | null | undefined;
  /** Unit price in the POS currency: 0 to 1,000,000,000, at most 2 decimal places. */
  price: string;
  /** The product’s name or code; not blank. */
  product: string;
  /** Units sold: positive, up to 10,000, at most 3 decimal places (weighed goods). */
  quantity: string;
  /** The register's own discount on the line, in money; at most the line's amount. */
  registerDiscount?: string | null | undefined;
};

/** The refresh token a sign-in or the last refresh gave. */
export type RefreshSessionInput = {
  /** The latest refresh token of the session. */
  refreshToken: string;
};

/** Confirms or cancels a pending return. */
export type RefundActionInput = {
  /** Unique per call (1 to 128 characters); a retry with the same key gets the first answer. */
  idempotencyKey: string;
  /** Why it is cancelled (cancelRefund only). */
  reason?: string | null | undefined;
  /** The pending return, from calculateRefund. */
  refundId: string | number;
};

/** A returned quantity of one line; a line named twice counts once, with the quantities added up. */
export type RefundLineInput = {
  /** The purchase line (PurchaseLine.lineNo). */
  lineNo: number;
  /** Units returned: positive, at most 3 decimal places, at most what is left of the line. */
  quantity: string;
};

/** A full or partial return of a confirmed purchase. */
export type RefundPurchaseInput = {
  /** Unique per call (1 to 128 characters); a retry with the same key gets the first answer. */
  idempotencyKey: string;
  /** Returned quantities by line; everything not yet returned when omitted. */
  lines?: Array<RefundLineInput> | null | undefined;
  /** The confirmed purchase, made at any point of sale of the company. */
  purchaseId: string | number;
};

/** The installation’s push token, as its push service gave it to the app. */
export type RegisterDeviceInput = {
  /** The service the token belongs to. */
  service: PushService;
  /** The token. */
  token: string;
};

/** What becomes of the cash register’s own discount. */
export type RegisterDiscountActionInput = {
  /** Whether lines the register discounted still earn bonuses (default true). */
  discountedLinesAccrue?: boolean | null | undefined;
  /** Accepted, replaced or combined. */
  policy: RegisterDiscountPolicy;
};

/** What becomes of the cash register’s own discount on a line. */
export type RegisterDiscountPolicy =
  /** Kept; offers discount the price after it. */
  | 'ACCEPT'
  /** Both apply. */
  | 'COMBINE'
  /** Dropped where an offer discounts the line, the larger of the two kept for the member. */
  | 'REPLACE';

/** The phone is always required; other fields as the channel's configuration requires. */
export type RegisterMemberInput = {
  /** In the past and plausible. */
  birthDate?: string | null | undefined;
  /** A blank card to bind, or the card of a card holder who now registers. */
  cardNumber?: string | null | undefined;
  /** Where the registration comes from; decides who may call and which fields are required. */
  channel: RegistrationChannel;
  /** Self-registration only: the program (may be omitted on a single-company platform). */
  companyId?: string | number | null | undefined;
  /** The member takes electronic receipts instead of paper ones; false when omitted. */
  eReceiptConsent?: boolean | null | undefined;
  /** An email address, unique among the company’s members. */
  email?: string | null | undefined;
  /** 1 to 100 characters. */
  firstName?: string | null | undefined;
  /** Required from terminals (optional for others): a retry with the same key answers as the first call and changes nothing; the same key with another input is IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The language messages to the member are written in: a BCP 47 tag such as en, de or pt-BR. */
  language?: string | null | undefined;
  /** 1 to 100 characters. */
  lastName?: string | null | undefined;
  /** The channels the member agrees to receive marketing over; none when omitted. Codes and service messages need no consent. */
  marketingConsents?: Array<Channel> | null | undefined;
  /** Self-registration only (staff and tills may not set it): at least 8 characters with letters and digits. */
  password?: string | null | undefined;
  /** Always required: an international number (a leading 00 counts as +); unique among registered members. */
  phone?: string | null | undefined;
  /** The referral code of the member who invited this one (`me { referralCode }` shows theirs); REFERRAL_CODE_NOT_FOUND when no registered member holds it. */
  referralCode?: string | null | undefined;
  /** The member’s IANA time zone (e.g. Europe/Berlin), for quiet hours; the company’s when omitted. */
  timeZone?: string | null | undefined;
  /** Self-registration only: the code `requestMemberCode` sent to the phone. */
  verificationCode?: string | null | undefined;
};

/** A receipt the register kept while offline, with the member by card or phone (or neither). */
export type RegisterOfflinePurchaseInput = {
  /** The member’s card. */
  cardNumber?: string | null | undefined;
  /** Bonus currency code; the default one when omitted. */
  currency?: string | null | undefined;
  /** Unique per receipt (1 to 128 characters): a resend with the same key gets the first answer. */
  idempotencyKey: string;
  /** The receipt’s lines, 1 to 500. */
  lines: Array<ReceiptLineInput>;
  /** The register’s local time, ISO-8601 (`2026-12-05T14:30:00+01:00`): offers’ periods, days and hours are judged on its clock when it agrees with ours (within 15 minutes, read in its offset; without an offset, within the time zones’ span); a clock that is off is read as now in its offset, and one that cannot be read, or none, gives way to the company’s time zone. */
  localTime?: string | null | undefined;
  /** When the sale happened, in the register’s local time with its offset. */
  occurredAt: string;
  /** The member’s phone, instead of a card. Neither: a receipt without a member. */
  phone?: string | null | undefined;
};

/** Where a member registered; each company configures which channels are open and what they require. */
export type RegistrationChannel =
  /** An operator on the member’s behalf. */
  | 'CONTACT_CENTER'
  /** The mobile app: self-service, after confirming the phone with a code. */
  | 'MOBILE_APP'
  /** The personal account on the web: self-service, after confirming the phone with a code. */
  | 'PERSONAL_ACCOUNT'
  /** A cash register at the checkout (terminals; operators may use it too). */
  | 'POS'
  /** Self-service by SMS, after confirming the phone with a code. */
  | 'SMS'
  /** Self-service from a mobile wallet, after confirming the phone with a code. */
  | 'WALLET';

/** Profile fields a registration channel may require (the phone is always required). */
export type RegistrationField =
  /** The birth date. */
  | 'birthDate'
  /** A card to bind: a blank one, or the card holder’s own. */
  | 'cardNumber'
  /** An email address. */
  | 'email'
  /** The first name. */
  | 'firstName'
  /** The last name. */
  | 'lastName'
  /** A password, for signing in without a code. */
  | 'password';

/** Members to take out of a static audience. */
export type RemoveAudienceMembersInput = {
  /** The static audience. */
  audienceId: string | number;
  /** Member ids. */
  memberIds: Array<string | number>;
};

/** Which template to remove. */
export type RemoveMessageTemplateInput = {
  /** The channel. */
  channel: Channel;
  /** The kind of message. */
  kind: MessageKind;
  /** Its language; omitted: the company’s default one. */
  language?: string | null | undefined;
};

/** The operator to remove. */
export type RemoveOperatorInput = {
  /** An operator of the caller’s company, not the caller. */
  operatorId: string | number;
};

/** The card to replace, why, and optionally the blank card that replaces it. */
export type ReplaceCardInput = {
  /** The card to replace, bound to a member. */
  cardNumber: string;
  /** Required from terminals (optional for others): a retry with the same key answers as the first call and changes nothing; the same key with another input is IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** A blank physical card; a virtual card is issued when omitted. */
  newCardNumber?: string | null | undefined;
  /** Why; kept as the old card’s blockReason. */
  reason: CardBlockRequestReason;
};

/** A message in a ticket’s thread. */
export type ReplyToTicketInput = {
  /** What to say, 1 to 5000 characters. */
  text: string;
  /** The ticket. */
  ticketId: string | number;
};

/** The bonuses a pending purchase is to be paid with. */
export type RequestBonusPaymentInput = {
  /** Bonuses to pay with, at most 2 decimal places; zero pays none. */
  amount: string;
  /** Unique per call (1 to 128 characters); a retry with the same key gets the first answer. */
  idempotencyKey: string;
  /** The pending purchase. */
  purchaseId: string | number;
};

/** The new email address to confirm. */
export type RequestEmailChangeInput = {
  /** The member themself; may be omitted. */
  memberId?: string | number | null | undefined;
  /** The new email address; not another member’s. */
  newEmail: string;
};

/** Where to send a sign-in or registration code. */
export type RequestMemberCodeInput = {
  /** The program; may be omitted when the platform hosts one company. */
  companyId?: string | number | null | undefined;
  /** The phone, in international format (a leading 00 counts as +). */
  phone: string;
};

/** Whose password to reset. */
export type RequestPasswordResetInput = {
  /** The member; omitted by a member acting for themself, required from staff. */
  memberId?: string | number | null | undefined;
};

/** The new phone to confirm. */
export type RequestPhoneChangeInput = {
  /** The member themself; may be omitted. */
  memberId?: string | number | null | undefined;
  /** The new phone, in international format; not another member’s. */
  newPhone: string;
};

/** The member’s phone, the code requestPasswordReset sent to it, and the new password. */
export type ResetMemberPasswordInput = {
  /** The 6-digit code. */
  code: string;
  /** The program; may be omitted when the platform hosts one company. */
  companyId?: string | number | null | undefined;
  /** 8 to 128 characters with letters and digits. */
  newPassword: string;
  /** The member’s phone, in international format. */
  phone: string;
};

/** What a return does with accrued bonuses the member already spent. */
export type ReturnPolicy =
  /** Lets them go: the balance never goes below zero. */
  | 'FORGIVE'
  /** Takes them anyway: the balance goes below zero by them, a debt the next accruals repay (the default). */
  | 'WRITE_OFF_TO_NEGATIVE';

/** What a rounding correction rounds down to its step, in the member’s favour. */
export type RoundingTarget =
  /** The qualifying lines’ total. */
  | 'RECEIPT_TOTAL'
  /** Each discounted unit price. */
  | 'UNIT_PRICE';

/** Where a purchase is made. */
export type SalesChannel =
  /** The mobile app. */
  | 'MOBILE'
  /** The online shop. */
  | 'ONLINE'
  /** A cash register in a store. */
  | 'POS';

/** A test message through one provider. */
export type SendTestMessageInput = {
  /** Viber: a button opening a link. */
  button?: TestMessageButtonInput | null | undefined;
  /** A phone (+4915…) or email, as the provider’s channel needs. */
  destination: string;
  /** Push and Viber: an image (http(s) URL) shown with the text or, on Viber with a button, instead of it. */
  imageUrl?: string | null | undefined;
  /** The provider. */
  providerId: string | number;
  /** What it says, up to 1000 characters; a standard line when omitted (and with an image and a button, it may be empty). */
  text?: string | null | undefined;
};

/** Where the company’s limit alerts go. */
export type SetAlertRecipientsInput = {
  /** Up to 20 email addresses; they replace the configured ones (an empty list sends alerts nowhere). */
  emails: Array<string>;
};

/** Whether the member takes electronic receipts. */
export type SetEReceiptConsentInput = {
  /** true: electronic receipts instead of paper ones; false: paper again. */
  consent: boolean;
  /** The member; omitted by a member acting for themself, required from staff. */
  memberId?: string | number | null | undefined;
};

/** A marketing consent given or withdrawn. */
export type SetMarketingConsentInput = {
  /** The channel the consent is about. */
  channel: Channel;
  /** true: marketing over the channel is welcome; false: withdrawn. */
  granted: boolean;
  /** The member; omitted by a member acting for themself, required from staff. */
  memberId?: string | number | null | undefined;
};

/** How messages reach the member; omitted fields stay. */
export type SetMessagePreferencesInput = {
  /** The language messages are written in: a BCP 47 tag such as en, de or pt-BR. */
  language?: string | null | undefined;
  /** The member; omitted by a member acting for themself, required from staff. */
  memberId?: string | number | null | undefined;
  /** The member’s IANA time zone (e.g. Europe/Berlin), for quiet hours. */
  timeZone?: string | null | undefined;
};

/** A template: which message, over which channel, in which language, and what it says. */
export type SetMessageTemplateInput = {
  /** The channel it is for. */
  channel: Channel;
  /** Email only: the HTML body. */
  html?: string | null | undefined;
  /** The kind of message. */
  kind: MessageKind;
  /** A BCP 47 tag (de, pt-BR); omitted: the company’s default. */
  language?: string | null | undefined;
  /** An email’s subject or a push’s title: up to 200 characters. */
  subject?: string | null | undefined;
  /** The text with {{variables}} (see messageKinds): up to 5,000 characters for email, 1,000 otherwise; an SMS at most 2 parts for codes and 4 for others, its variables at their longest. */
  text: string;
};

/** Messages of the caller’s inbox to mark read or unread: by id, or all of them. */
export type SetMessagesReadInput = {
  /** True: every message of the inbox (instead of messageIds). */
  all?: boolean | null | undefined;
  /** The messages, 1 to 200; omitted with all: true. */
  messageIds?: Array<string | number> | null | undefined;
  /** True: read; false: unread again. */
  read: boolean;
};

/** Flags of actions the member took; omitted ones stay. */
export type SetProfileLinksInput = {
  /** The member; omitted by a member acting for themself, required from staff. */
  memberId?: string | number | null | undefined;
  /** The member has installed (true) or removed (false) the mobile app. */
  mobileAppInstalled?: boolean | null | undefined;
  /** The member has linked (true) or unlinked (false) a social profile. */
  socialProfileLinked?: boolean | null | undefined;
};

/** A member joined or left the company’s group on a social network. */
export type SetSocialGroupMembershipInput = {
  /** In the group now (true) or not any more (false). */
  joined: boolean;
  /** The member. */
  memberId: string | number;
};

/** A ticket’s new state. */
export type SetTicketStateInput = {
  /** Its state from now on. */
  state: TicketState;
  /** The ticket. */
  ticketId: string | number;
};

/** Which sessions to end. */
export type SignOutInput = {
  /** End every session of the caller (all devices), not only this one. */
  everywhere?: boolean | null | undefined;
};

/** What to simulate: a stored offer version (offerId) or content not saved yet, exactly one. */
export type SimulateOfferInput = {
  /** An offer’s content, unsaved. */
  content?: OfferContentInput | null | undefined;
  /** The past period in days, from 1 to the days of receipts the subgraph keeps (RECEIPT_RETENTION_DAYS, 90 by default); default 30. */
  days?: number | null | undefined;
  /** An offer version of the company (a draft, typically). */
  offerId?: string | number | null | undefined;
};

/** Which lots a payment or deduction draws first. */
export type SpendingOrder =
  /** Soonest expiry first, lots without expiry last, older accruals first among equals (the default). */
  | 'EXPIRING_FIRST'
  /** Newest accrual (by effective time) first. */
  | 'NEWEST_FIRST'
  /** Oldest accrual (by effective time) first. */
  | 'OLDEST_FIRST';

/** How an offer combines with the others that qualify for the same line. */
export type StackingMode =
  /** With the other combinable offers of its group (or, without a group, with every combinable offer without one). */
  | 'COMBINABLE'
  /** Alone on the lines it takes. */
  | 'EXCLUSIVE';

/** Whose actions, or actions on whom. */
export type StaffActionFilter = {
  /** Only actions on this member. */
  memberId?: string | number | null | undefined;
  /** Only this operator’s actions. */
  operatorId?: string | number | null | undefined;
};

/** Which draft to start, and when. */
export type StartMailingInput = {
  /** The draft. */
  mailingId: string | number;
  /** When it starts: ahead of now, at most a year; omitted: now. */
  startAt?: string | null | undefined;
};

/** A Viber button: what it says and the link it opens. */
export type TestMessageButtonInput = {
  /** Up to 30 characters. */
  caption: string;
  /** The http(s) link it opens. */
  url: string;
};

/** Who wrote a message of a ticket. */
export type TicketAuthor =
  /** The member. */
  | 'MEMBER'
  /** A support agent. */
  | 'SUPPORT';

/** Where a member’s ticket is in support’s hands. */
export type TicketState =
  /** Support replied; waiting for the member, or to be closed. */
  | 'ANSWERED'
  /** Done with; the member writing again opens it anew. */
  | 'CLOSED'
  /** Waiting for support: new, or the member wrote again. */
  | 'OPEN';

/** The card to unblock. */
export type UnblockCardInput = {
  /** The blocked card’s number. */
  cardNumber: string;
};

/** The account to unblock. */
export type UnblockMemberAccountInput = {
  /** The member. */
  memberId: string | number;
};

/** The installation to stop pushing to (the app signs out). */
export type UnregisterDeviceInput = {
  /** Its token. */
  token: string;
};

/** An audience’s new name and (rule-based) rules. */
export type UpdateAudienceInput = {
  /** The audience. */
  audienceId: string | number;
  /** What it is. */
  description?: string | null | undefined;
  /** Its name. */
  name: string;
  /** Its whole rules, replacing what it had (a rule-based audience only; required there). */
  rules?: AudienceRulesInput | null | undefined;
};

/** Company-wide settings to change; omitted ones stay. */
export type UpdateCompanySettingsInput = {
  /** No bonus operation may be dated before it (default 2000-01-01); move it back, not before 1900, to migrate an old program. */
  historyStartsAt?: string | null | undefined;
  /** Member states allowed to pay with bonuses (not BLOCKED or DELETED). */
  spendingStates?: Array<MemberState> | null | undefined;
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone?: string | null | undefined;
};

/** A limit’s new definition, and whether it is on. */
export type UpdateLimitInput = {
  /** false switches the limit off (kept with its alerts), true on again; unchanged when omitted. */
  active?: boolean | null | undefined;
  /** The whole new definition. */
  definition: LimitDefinition;
  /** The limit to change. */
  limitId: string | number;
};

/** A change to a draft: what is omitted stays. */
export type UpdateMailingInput = {
  /** Its audience (null: every member with consent). */
  audienceId?: string | number | null | undefined;
  /** Its campaign (null: none). */
  campaignId?: string | number | null | undefined;
  /** What it says now (all of it). */
  content?: MailingContentInput | null | undefined;
  /** The draft. */
  mailingId: string | number;
  /** Its new name. */
  name?: string | null | undefined;
};

/** Profile fields to change; omitted ones stay. */
export type UpdateMemberProfileInput = {
  /** The birth date, in the past and plausible. */
  birthDate?: string | null | undefined;
  /** The first name, 1 to 100 characters. */
  firstName?: string | null | undefined;
  /** The last name, 1 to 100 characters. */
  lastName?: string | null | undefined;
  /** The member; omitted by a member acting for themself, required from staff. */
  memberId?: string | number | null | undefined;
};

/** Settings to change; omitted ones stay. */
export type UpdateMessagingSettingsInput = {
  /** The quiet hours; null removes them. */
  quietHours?: QuietHoursInput | null | undefined;
  /** One word of 2 to 20 letters or digits, not a STOP word; null or empty turns registration by text off. */
  registrationKeyword?: string | null | undefined;
};

/** A draft’s new content. */
export type UpdateOfferInput = {
  /** Its whole content, replacing what it had. */
  content: OfferContentInput;
  /** The draft’s id. */
  offerId: string | number;
};

/** A store’s changes; omitted fields stay as they are. */
export type UpdatePointOfSaleInput = {
  /** A new address; blank or null removes it. */
  address?: string | null | undefined;
  /** Paying with bonuses for a member named by phone alone (no card) goes without the code sent to the member. Such payments need the code unless this is true, whatever confirmPaymentBySms says; card payments follow confirmPaymentBySms. */
  allowPhonePaymentWithoutCode?: boolean | null | undefined;
  /** Whether paying with bonuses (and a cashier’s deduction) needs a code sent to the member. */
  confirmPaymentBySms?: boolean | null | undefined;
  /** A new name, 1 to 200 characters. */
  name?: string | null | undefined;
  /** The store to change. */
  pointOfSaleId: string | number;
  /** What returns of purchases made here do with accrued bonuses already spent. */
  returnPolicy?: ReturnPolicy | null | undefined;
};

/** A list and its new content. */
export type UpdateProductListInput = {
  /** Its whole content. */
  list: ProductListInput;
  /** The list. */
  listId: string | number;
};

/** Omitted fields keep their value; lifetimeDays: null means accruals never expire. */
export type UpdateProgramRulesInput = {
  /** Days after a purchase before its accrual can pay, 0 to 3650. */
  activationDelayDays?: number | null | undefined;
  /** Percent of what is paid in money that purchases accrue, 0 to 100. */
  baseAccrualPercent?: string | null | undefined;
  /** The currency’s code; the default currency when omitted. */
  currency?: string | null | undefined;
  /** Days a purchase’s accrual lives after activating, 1 to 36500; null: it never expires. */
  lifetimeDays?: number | null | undefined;
  /** Share of a receipt’s total payable with bonuses, 0 to 1. */
  maxPaymentShare?: string | null | undefined;
  /** Money step discounted totals are rounded down to: 0.01 to 1000, whole cents. */
  roundingStep?: string | null | undefined;
  /** Which lots payments and deductions draw first. */
  spendingOrder?: SpendingOrder | null | undefined;
};

/** Promo content’s new content. */
export type UpdatePromotionInput = {
  /** Its whole content, replacing what it had. */
  content: PromotionContentInput;
  /** The content. */
  promotionId: string | number;
};

/** The CSV. */
export type UploadProductsCsvInput = {
  /** The CSV text, comma-separated, with its header row. */
  csv: string;
};

/** The products. */
export type UploadProductsInput = {
  /** 1 to 10,000 products, each SKU once. */
  products: Array<ProductInput>;
};

/** Bought at any of these points of sale in a recent period. */
export type VisitRuleInput = {
  /** The last N days. */
  periodDays: number;
  /** The points of sale. */
  pointOfSaleIds: Array<string | number>;
};

/** The keys. */
export type WithdrawPersonalOffersInput = {
  /** The keys of the offers, 1 to 5,000. */
  externalIds: Array<string>;
};

export type AudienceFieldsFragment = { id: string, name: string, description: string, kind: AudienceKind, memberCount: number, membershipVersion: number, refreshedAt: string | null, rules: { memberStates: Array<string> | null, registrationChannels: Array<string> | null, registeredFrom: string | null, registeredTo: string | null, registeredWithinDays: number | null, birthdayMonths: Array<number> | null, birthdayWithinDays: number | null, cardKinds: Array<string> | null, lastPurchaseWithinDays: number | null, noPurchaseWithinDays: number | null, appInstalled: boolean | null, profileCompleted: boolean | null, consents: Array<string> | null, purchases: { periodDays: number, minCount: number | null, maxCount: number | null, minTotal: string | null, maxTotal: string | null } | null, pointsOfSaleVisited: { pointOfSaleIds: Array<string>, periodDays: number } | null, boughtCategories: { categories: Array<string>, periodDays: number } | null, balance: { currency: string | null, min: string | null, max: string | null } | null } | null };

export type CreateAudienceMutationVariables = Exact<{
  input: CreateAudienceInput;
}>;


export type CreateAudienceMutation = { createAudience: { audience: { id: string, name: string, description: string, kind: AudienceKind, memberCount: number, membershipVersion: number, refreshedAt: string | null, rules: { memberStates: Array<string> | null, registrationChannels: Array<string> | null, registeredFrom: string | null, registeredTo: string | null, registeredWithinDays: number | null, birthdayMonths: Array<number> | null, birthdayWithinDays: number | null, cardKinds: Array<string> | null, lastPurchaseWithinDays: number | null, noPurchaseWithinDays: number | null, appInstalled: boolean | null, profileCompleted: boolean | null, consents: Array<string> | null, purchases: { periodDays: number, minCount: number | null, maxCount: number | null, minTotal: string | null, maxTotal: string | null } | null, pointsOfSaleVisited: { pointOfSaleIds: Array<string>, periodDays: number } | null, boughtCategories: { categories: Array<string>, periodDays: number } | null, balance: { currency: string | null, min: string | null, max: string | null } | null } | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type UpdateAudienceMutationVariables = Exact<{
  input: UpdateAudienceInput;
}>;


export type UpdateAudienceMutation = { updateAudience: { audience: { id: string, name: string, description: string, kind: AudienceKind, memberCount: number, membershipVersion: number, refreshedAt: string | null, rules: { memberStates: Array<string> | null, registrationChannels: Array<string> | null, registeredFrom: string | null, registeredTo: string | null, registeredWithinDays: number | null, birthdayMonths: Array<number> | null, birthdayWithinDays: number | null, cardKinds: Array<string> | null, lastPurchaseWithinDays: number | null, noPurchaseWithinDays: number | null, appInstalled: boolean | null, profileCompleted: boolean | null, consents: Array<string> | null, purchases: { periodDays: number, minCount: number | null, maxCount: number | null, minTotal: string | null, maxTotal: string | null } | null, pointsOfSaleVisited: { pointOfSaleIds: Array<string>, periodDays: number } | null, boughtCategories: { categories: Array<string>, periodDays: number } | null, balance: { currency: string | null, min: string | null, max: string | null } | null } | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type RefreshAudienceMutationVariables = Exact<{
  input: AudienceIdInput;
}>;


export type RefreshAudienceMutation = { refreshAudience: { audience: { id: string, name: string, description: string, kind: AudienceKind, memberCount: number, membershipVersion: number, refreshedAt: string | null, rules: { memberStates: Array<string> | null, registrationChannels: Array<string> | null, registeredFrom: string | null, registeredTo: string | null, registeredWithinDays: number | null, birthdayMonths: Array<number> | null, birthdayWithinDays: number | null, cardKinds: Array<string> | null, lastPurchaseWithinDays: number | null, noPurchaseWithinDays: number | null, appInstalled: boolean | null, profileCompleted: boolean | null, consents: Array<string> | null, purchases: { periodDays: number, minCount: number | null, maxCount: number | null, minTotal: string | null, maxTotal: string | null } | null, pointsOfSaleVisited: { pointOfSaleIds: Array<string>, periodDays: number } | null, boughtCategories: { categories: Array<string>, periodDays: number } | null, balance: { currency: string | null, min: string | null, max: string | null } | null } | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type DeleteAudienceMutationVariables = Exact<{
  input: AudienceIdInput;
}>;


export type DeleteAudienceMutation = { deleteAudience: { audience: { id: string, memberCount: number } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type AddAudienceMembersMutationVariables = Exact<{
  input: AddAudienceMembersInput;
}>;


export type AddAudienceMembersMutation = { addAudienceMembers: { upload: { added: number, notFound: Array<{ kind: string, value: string }>, audience: { id: string, name: string, description: string, kind: AudienceKind, memberCount: number, membershipVersion: number, refreshedAt: string | null, rules: { memberStates: Array<string> | null, registrationChannels: Array<string> | null, registeredFrom: string | null, registeredTo: string | null, registeredWithinDays: number | null, birthdayMonths: Array<number> | null, birthdayWithinDays: number | null, cardKinds: Array<string> | null, lastPurchaseWithinDays: number | null, noPurchaseWithinDays: number | null, appInstalled: boolean | null, profileCompleted: boolean | null, consents: Array<string> | null, purchases: { periodDays: number, minCount: number | null, maxCount: number | null, minTotal: string | null, maxTotal: string | null } | null, pointsOfSaleVisited: { pointOfSaleIds: Array<string>, periodDays: number } | null, boughtCategories: { categories: Array<string>, periodDays: number } | null, balance: { currency: string | null, min: string | null, max: string | null } | null } | null } } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type RemoveAudienceMembersMutationVariables = Exact<{
  input: RemoveAudienceMembersInput;
}>;


export type RemoveAudienceMembersMutation = { removeAudienceMembers: { audience: { id: string, name: string, description: string, kind: AudienceKind, memberCount: number, membershipVersion: number, refreshedAt: string | null, rules: { memberStates: Array<string> | null, registrationChannels: Array<string> | null, registeredFrom: string | null, registeredTo: string | null, registeredWithinDays: number | null, birthdayMonths: Array<number> | null, birthdayWithinDays: number | null, cardKinds: Array<string> | null, lastPurchaseWithinDays: number | null, noPurchaseWithinDays: number | null, appInstalled: boolean | null, profileCompleted: boolean | null, consents: Array<string> | null, purchases: { periodDays: number, minCount: number | null, maxCount: number | null, minTotal: string | null, maxTotal: string | null } | null, pointsOfSaleVisited: { pointOfSaleIds: Array<string>, periodDays: number } | null, boughtCategories: { categories: Array<string>, periodDays: number } | null, balance: { currency: string | null, min: string | null, max: string | null } | null } | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type AudienceQueryVariables = Exact<{
  id: string | number;
}>;


export type AudienceQuery = { audience: { id: string, name: string, description: string, kind: AudienceKind, memberCount: number, membershipVersion: number, refreshedAt: string | null, rules: { memberStates: Array<string> | null, registrationChannels: Array<string> | null, registeredFrom: string | null, registeredTo: string | null, registeredWithinDays: number | null, birthdayMonths: Array<number> | null, birthdayWithinDays: number | null, cardKinds: Array<string> | null, lastPurchaseWithinDays: number | null, noPurchaseWithinDays: number | null, appInstalled: boolean | null, profileCompleted: boolean | null, consents: Array<string> | null, purchases: { periodDays: number, minCount: number | null, maxCount: number | null, minTotal: string | null, maxTotal: string | null } | null, pointsOfSaleVisited: { pointOfSaleIds: Array<string>, periodDays: number } | null, boughtCategories: { categories: Array<string>, periodDays: number } | null, balance: { currency: string | null, min: string | null, max: string | null } | null } | null } | null };

export type AudiencesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AudiencesQuery = { audiences: { edges: Array<{ node: { id: string, name: string, memberCount: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PreviewAudienceQueryVariables = Exact<{
  rules: AudienceRulesInput;
}>;


export type PreviewAudienceQuery = { previewAudience: { preview: { memberCount: number } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type AudienceMembersQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type AudienceMembersQuery = { audience: { id: string, members: Array<{ id: string, state: MemberState | null }> } | null };

export type LoginOperatorMutationVariables = Exact<{
  input: LoginOperatorInput;
}>;


export type LoginOperatorMutation = { loginOperator: { token: string | null, expiresAt: string | null, refreshToken: string | null, refreshExpiresAt: string | null, operator: { id: string, role: OperatorRole, passwordChangeRequired: boolean, company: { id: string } } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type LoginTerminalMutationVariables = Exact<{
  input: LoginTerminalInput;
}>;


export type LoginTerminalMutation = { loginTerminal: { token: string | null, refreshToken: string | null, terminal: { id: string } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type RequestMemberCodeMutationVariables = Exact<{
  input: RequestMemberCodeInput;
}>;


export type RequestMemberCodeMutation = { requestMemberCode: { sent: boolean, expiresAt: string | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type LoginMemberMutationVariables = Exact<{
  input: LoginMemberInput;
}>;


export type LoginMemberMutation = { loginMember: { token: string | null, expiresAt: string | null, refreshToken: string | null, member: { id: string } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ChangeOperatorPasswordMutationVariables = Exact<{
  input: ChangeOperatorPasswordInput;
}>;


export type ChangeOperatorPasswordMutation = { changeOperatorPassword: { token: string | null, operator: { id: string, passwordChangeRequired: boolean } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type RefreshSessionMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type RefreshSessionMutation = { refreshSession: { token: string | null, expiresAt: string | null, refreshToken: string | null, refreshExpiresAt: string | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type SignOutMutationVariables = Exact<{
  input: SignOutInput;
}>;


export type SignOutMutation = { signOut: { signedOut: boolean, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { expiresAt: string | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ResetMemberPasswordMutationVariables = Exact<{
  input: ResetMemberPasswordInput;
}>;


export type ResetMemberPasswordMutation = { resetMemberPassword: { token: string | null, refreshToken: string | null, member: { id: string } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type CreateCardBatchMutationVariables = Exact<{
  input: CreateCardBatchInput;
}>;


export type CreateCardBatchMutation = { createCardBatch: { batch: { id: string, prefix: string, firstNumber: string, size: number } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type IssueVirtualCardMutationVariables = Exact<{
  input: IssueVirtualCardInput;
}>;


export type IssueVirtualCardMutation = { issueVirtualCard: { card: { id: string, number: string | null, kind: CardKind | null, state: CardState | null, blockReason: CardBlockReason | null, replacedBy: { number: string | null } | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type BindCardMutationVariables = Exact<{
  input: BindCardInput;
}>;


export type BindCardMutation = { bindCard: { card: { id: string, number: string | null, kind: CardKind | null, state: CardState | null, blockReason: CardBlockReason | null, member: { id: string, state: MemberState | null, phone: string | null } | null, replacedBy: { number: string | null } | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ReplaceCardMutationVariables = Exact<{
  input: ReplaceCardInput;
}>;


export type ReplaceCardMutation = { replaceCard: { oldCard: { id: string, number: string | null, kind: CardKind | null, state: CardState | null, blockReason: CardBlockReason | null, replacedBy: { number: string | null } | null } | null, newCard: { id: string, number: string | null, kind: CardKind | null, state: CardState | null, blockReason: CardBlockReason | null, replacedBy: { number: string | null } | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type BlockCardMutationVariables = Exact<{
  input: BlockCardInput;
}>;


export type BlockCardMutation = { blockCard: { card: { id: string, number: string | null, kind: CardKind | null, state: CardState | null, blockReason: CardBlockReason | null, replacedBy: { number: string | null } | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type UnblockCardMutationVariables = Exact<{
  input: UnblockCardInput;
}>;


export type UnblockCardMutation = { unblockCard: { card: { id: string, number: string | null, kind: CardKind | null, state: CardState | null, blockReason: CardBlockReason | null, replacedBy: { number: string | null } | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type DevInboxQueryVariables = Exact<{
  destination?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type DevInboxQuery = { devInbox: Array<{ id: string, channel: Channel, destination: string, memberId: string | null, subject: string | null, text: string, receivedAt: string }> };

export type ProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersQuery = { providers: Array<{ id: string, name: string, kind: ProviderKind, channel: Channel, hasCredentials: boolean, ratePerSecond: number, pricePerMessage: string, active: boolean, settings: Array<{ key: string, value: string }> }> };

export type ConfigureProviderMutationVariables = Exact<{
  input: ConfigureProviderInput;
}>;


export type ConfigureProviderMutation = { configureProvider: { provider: { id: string, name: string, kind: ProviderKind, channel: Channel, hasCredentials: boolean, active: boolean, settings: Array<{ key: string, value: string }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type SendTestMessageMutationVariables = Exact<{
  input: SendTestMessageInput;
}>;


export type SendTestMessageMutation = { sendTestMessage: { sent: { providerMessageIds: Array<string> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type AlertRecipientsQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertRecipientsQuery = { alertRecipients: Array<string> };

export type SetAlertRecipientsMutationVariables = Exact<{
  input: SetAlertRecipientsInput;
}>;


export type SetAlertRecipientsMutation = { setAlertRecipients: { emails: Array<string> | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type MessagingSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MessagingSettingsQuery = { messagingSettings: { registrationKeyword: string | null, quietHours: { start: string, end: string } | null } };

export type UpdateMessagingSettingsMutationVariables = Exact<{
  input: UpdateMessagingSettingsInput;
}>;


export type UpdateMessagingSettingsMutation = { updateMessagingSettings: { settings: { registrationKeyword: string | null, quietHours: { start: string, end: string } | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type InboundMessagesQueryVariables = Exact<{
  kind?: InboundKind | null | undefined;
  first?: number | null | undefined;
}>;


export type InboundMessagesQuery = { inboundMessages: Array<{ id: string, channel: Channel, sender: string, memberId: string | null, text: string, kind: InboundKind, outcome: string | null, receivedAt: string }> };

export type MessageKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type MessageKindsQuery = { messageKinds: Array<{ kind: MessageKind, name: string, variables: Array<string>, requiredVariables: Array<string>, defaultText: string }> };

export type MessageTemplatesQueryVariables = Exact<{
  kind?: MessageKind | null | undefined;
  channel?: Channel | null | undefined;
}>;


export type MessageTemplatesQuery = { messageTemplates: Array<{ kind: MessageKind, channel: Channel, language: string | null, subject: string | null, text: string, html: string | null }> };

export type SetMessageTemplateMutationVariables = Exact<{
  input: SetMessageTemplateInput;
}>;


export type SetMessageTemplateMutation = { setMessageTemplate: { template: { kind: MessageKind, channel: Channel, language: string | null, text: string } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type RemoveMessageTemplateMutationVariables = Exact<{
  input: RemoveMessageTemplateInput;
}>;


export type RemoveMessageTemplateMutation = { removeMessageTemplate: { removed: boolean | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type MessagesQueryVariables = Exact<{
  memberId?: string | number | null | undefined;
  kind?: MessageKind | null | undefined;
  status?: MessageStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type MessagesQuery = { messages: Array<{ id: string, kind: MessageKind, channel: Channel, memberId: string | null, destination: string, status: MessageStatus, attempts: number, lastError: string | null, sentAt: string | null }> };

export type RegisterDeviceMutationVariables = Exact<{
  input: RegisterDeviceInput;
}>;


export type RegisterDeviceMutation = { registerDevice: { device: { id: string, service: PushService, registeredAt: string } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type UnregisterDeviceMutationVariables = Exact<{
  input: UnregisterDeviceInput;
}>;


export type UnregisterDeviceMutation = { unregisterDevice: { unregistered: boolean | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type MyInboxQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type MyInboxQuery = { me: { id: string, unreadMessageCount: number | null, messages: { edges: Array<{ node: { id: string, kind: MessageKind, channel: Channel, subject: string | null, text: string, sentAt: string, read: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type MemberInboxQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberInboxQuery = { member: { id: string, unreadMessageCount: number | null, messages: { edges: Array<{ node: { id: string, kind: MessageKind, channel: Channel, subject: string | null, text: string, read: boolean } }> } | null } | null };

export type SetMessagesReadMutationVariables = Exact<{
  input: SetMessagesReadInput;
}>;


export type SetMessagesReadMutation = { setMessagesRead: { changed: number | null, errors: Array<{ code: ErrorCode, field: string | null }> } };

export type CreateCompanyMutationVariables = Exact<{
  input: CreateCompanyInput;
}>;


export type CreateCompanyMutation = { createCompany: { company: { id: string, name: string } | null, admin: { id: string, email: string } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type CreateOperatorMutationVariables = Exact<{
  input: CreateOperatorInput;
}>;


export type CreateOperatorMutation = { createOperator: { operator: { id: string, role: OperatorRole } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type CreatePointOfSaleMutationVariables = Exact<{
  input: CreatePointOfSaleInput;
}>;


export type CreatePointOfSaleMutation = { createPointOfSale: { pointOfSale: { id: string, name: string, confirmPaymentBySms: boolean, allowPhonePaymentWithoutCode: boolean, returnPolicy: ReturnPolicy } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type CreatePosTerminalMutationVariables = Exact<{
  input: CreatePosTerminalInput;
}>;


export type CreatePosTerminalMutation = { createPosTerminal: { secret: string | null, terminal: { id: string, pointOfSale: { id: string } } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ConfigureRegistrationChannelMutationVariables = Exact<{
  input: ConfigureRegistrationChannelInput;
}>;


export type ConfigureRegistrationChannelMutation = { configureRegistrationChannel: { setting: { channel: RegistrationChannel, enabled: boolean, requiredFields: Array<RegistrationField> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type UpdateCompanySettingsMutationVariables = Exact<{
  input: UpdateCompanySettingsInput;
}>;


export type UpdateCompanySettingsMutation = { updateCompanySettings: { company: { id: string, spendingStates: Array<MemberState>, timeZone: string, historyStartsAt: string } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type CurrentCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentCompanyQuery = { company: { id: string, name: string, posCurrency: string, spendingStates: Array<MemberState>, registrationChannels: Array<{ channel: RegistrationChannel, enabled: boolean, requiredFields: Array<RegistrationField> }>, pointsOfSale: Array<{ id: string, name: string }> } | null };

export type UpdatePointOfSaleMutationVariables = Exact<{
  input: UpdatePointOfSaleInput;
}>;


export type UpdatePointOfSaleMutation = { updatePointOfSale: { pointOfSale: { id: string, name: string, address: string | null, confirmPaymentBySms: boolean, allowPhonePaymentWithoutCode: boolean, returnPolicy: ReturnPolicy } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type RemoveOperatorMutationVariables = Exact<{
  input: RemoveOperatorInput;
}>;


export type RemoveOperatorMutation = { removeOperator: { operatorId: string | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type DeactivatePosTerminalMutationVariables = Exact<{
  input: DeactivatePosTerminalInput;
}>;


export type DeactivatePosTerminalMutation = { deactivatePosTerminal: { terminal: { id: string, active: boolean } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type IssueCouponsMutationVariables = Exact<{
  input: IssueCouponsInput;
}>;


export type IssueCouponsMutation = { issueCoupons: { issued: { coupons: Array<{ code: string, offerId: string, memberId: string | null, maxUses: number, validTo: string | null }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type CouponsQueryVariables = Exact<{
  offerId: string | number;
  first?: number | null | undefined;
}>;


export type CouponsQuery = { coupons: { edges: Array<{ node: { code: string, memberId: string | null } }> } };

export type MyCouponsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCouponsQuery = { me: { id: string, coupons: Array<{ code: string, offerId: string, usesLeft: number, validTo: string | null }> } | null };

export type MemberCouponsQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberCouponsQuery = { member: { id: string, coupons: Array<{ code: string }> } | null };

export type CreateFamilyMutationVariables = Exact<{
  input: CreateFamilyInput;
}>;


export type CreateFamilyMutation = { createFamily: { family: { id: string, head: { id: string } } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type InviteToFamilyMutationVariables = Exact<{
  input: InviteToFamilyInput;
}>;


export type InviteToFamilyMutation = { inviteToFamily: { invitation: { id: string, state: FamilyInvitationState } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type JoinFamilyMutationVariables = Exact<{
  input: FamilyInvitationInput;
}>;


export type JoinFamilyMutation = { joinFamily: { invitation: { id: string, state: FamilyInvitationState, family: { id: string, members: Array<{ id: string }> } } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type DeclineFamilyInvitationMutationVariables = Exact<{
  input: FamilyInvitationInput;
}>;


export type DeclineFamilyInvitationMutation = { declineFamilyInvitation: { invitation: { id: string, state: FamilyInvitationState } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type LeaveFamilyMutationVariables = Exact<{
  input: LeaveFamilyInput;
}>;


export type LeaveFamilyMutation = { leaveFamily: { member: { id: string, family: { id: string } | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type MyFamilyInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFamilyInvitationsQuery = { myFamilyInvitations: Array<{ id: string, state: FamilyInvitationState }> };

export type InviteToFamilyAsSeenMutationVariables = Exact<{
  input: InviteToFamilyInput;
}>;


export type InviteToFamilyAsSeenMutation = { inviteToFamily: { invitation: { id: string, state: FamilyInvitationState, inviteePhone: string | null, invitee: { id: string, firstName: string | null, phone: string | null } | null, family: { id: string } } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ErrorFieldsFragment = { code: ErrorCode, message: string, field: string | null };

export type CardFieldsFragment = { id: string, number: string | null, kind: CardKind | null, state: CardState | null, blockReason: CardBlockReason | null, replacedBy: { number: string | null } | null };

export type MemberFieldsFragment = { id: string, state: MemberState | null, phone: string | null, email: string | null, firstName: string | null, lastName: string | null, birthDate: string | null, registrationChannel: RegistrationChannel | null, eReceiptConsent: boolean | null, language: string | null, timeZone: string | null, socialProfileLinked: boolean | null, mobileAppInstalled: boolean | null, profileComplete: boolean | null, canAccrue: boolean | null, canSpend: boolean | null, marketingConsents: Array<{ channel: Channel, granted: boolean, changedAt: string | null, source: ConsentSource | null }> | null, cards: Array<{ id: string, number: string | null, kind: CardKind | null, state: CardState | null, blockReason: CardBlockReason | null, replacedBy: { number: string | null } | null }> };

export type BalanceFieldsFragment = { currency: string, active: string, nonActivated: string, totalAccrued: string, totalDeducted: string, expired: string, debt: string, toExpire: Array<{ amount: string, expiresAt: string }> };

export type AccrueBonusesMutationVariables = Exact<{
  input: AccrueBonusesInput;
}>;


export type AccrueBonusesMutation = { accrueBonuses: { operation: { id: string, kind: OperationKind, amount: string, effectiveAt: string, actorKind: OperationActorKind, reason: string | null, currency: string } | null, balance: { currency: string, active: string, nonActivated: string, totalAccrued: string, totalDeducted: string, expired: string, debt: string, toExpire: Array<{ amount: string, expiresAt: string }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type DeductBonusesMutationVariables = Exact<{
  input: DeductBonusesInput;
}>;


export type DeductBonusesMutation = { deductBonuses: { operation: { id: string, kind: OperationKind, amount: string } | null, balance: { currency: string, active: string, nonActivated: string, totalAccrued: string, totalDeducted: string, expired: string, debt: string, toExpire: Array<{ amount: string, expiresAt: string }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type MemberBalanceQueryVariables = Exact<{
  id: string | number;
  currency?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type MemberBalanceQuery = { member: { id: string, balance: { currency: string, active: string, nonActivated: string, totalAccrued: string, totalDeducted: string, expired: string, debt: string, toExpire: Array<{ amount: string, expiresAt: string }> } | null } | null };

export type MemberOperationsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type MemberOperationsQuery = { member: { id: string, operations: { edges: Array<{ node: { id: string, kind: OperationKind, amount: string, reason: string | null, effectiveAt: string } }> } } | null };

export type CurrenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrenciesQuery = { currencies: Array<{ code: string, name: string, exchangeRate: string, isDefault: boolean, rules: { baseAccrualPercent: string, lifetimeDays: number | null, maxPaymentShare: string, spendingOrder: SpendingOrder } | null }> };

export type CreateCurrencyMutationVariables = Exact<{
  input: CreateCurrencyInput;
}>;


export type CreateCurrencyMutation = { createCurrency: { currency: { code: string, name: string, exchangeRate: string } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type UpdateProgramRulesMutationVariables = Exact<{
  input: UpdateProgramRulesInput;
}>;


export type UpdateProgramRulesMutation = { updateProgramRules: { currency: { code: string, rules: { baseAccrualPercent: string, activationDelayDays: number, lifetimeDays: number | null, maxPaymentShare: string, roundingStep: string, spendingOrder: SpendingOrder } | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ImportOperationsMutationVariables = Exact<{
  input: ImportOperationsInput;
}>;


export type ImportOperationsMutation = { importOperations: { imported: number, skipped: Array<string>, job: { id: string, kind: BulkJobKind, state: BulkJobState, total: number, processed: number, applied: number, skipped: Array<string>, rejected: Array<{ row: number, externalId: string | null, memberId: string | null, code: ErrorCode }> } | null, rejected: Array<{ externalId: string | null, row: number, code: ErrorCode, field: string | null }>, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type AccrueBonusesBulkMutationVariables = Exact<{
  input: AccrueBonusesBulkInput;
}>;


export type AccrueBonusesBulkMutation = { accrueBonusesBulk: { accrued: number, job: { id: string, kind: BulkJobKind, state: BulkJobState, total: number, processed: number, applied: number, skipped: Array<string>, rejected: Array<{ row: number, externalId: string | null, memberId: string | null, code: ErrorCode }> } | null, rejected: Array<{ memberId: string | null, code: ErrorCode }>, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type MemberBonusAccountsQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberBonusAccountsQuery = { member: { bonusAccounts: Array<{ currency: string, balance: { active: string } | null }> } | null };

export type MemberLotsQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type MemberLotsQuery = { member: { id: string, balance: { active: string, nonActivated: string, lots: Array<{ amount: string, remaining: string, accruedAt: string, activatesAt: string, expiresAt: string | null, activated: boolean }> } | null } | null };

export type BulkJobFieldsFragment = { id: string, kind: BulkJobKind, state: BulkJobState, total: number, processed: number, applied: number, skipped: Array<string>, rejected: Array<{ row: number, externalId: string | null, memberId: string | null, code: ErrorCode }> };

export type BulkJobQueryVariables = Exact<{
  id: string | number;
}>;


export type BulkJobQuery = { bulkJob: { id: string, kind: BulkJobKind, state: BulkJobState, total: number, processed: number, applied: number, skipped: Array<string>, rejected: Array<{ row: number, externalId: string | null, memberId: string | null, code: ErrorCode }> } | null };

export type MembersWithBalanceQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MembersWithBalanceQuery = { members: { edges: Array<{ node: { id: string, balance: { active: string } | null } }> } };

export type LimitFieldsFragment = { id: string, name: string, metric: LimitMetric, period: LimitPeriod | null, kind: LimitKind, alertAt: string | null, refuseAbove: string, subjectId: string | null, active: boolean };

export type CreateLimitMutationVariables = Exact<{
  input: LimitDefinition;
}>;


export type CreateLimitMutation = { createLimit: { limit: { id: string, name: string, metric: LimitMetric, period: LimitPeriod | null, kind: LimitKind, alertAt: string | null, refuseAbove: string, subjectId: string | null, active: boolean } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type UpdateLimitMutationVariables = Exact<{
  input: UpdateLimitInput;
}>;


export type UpdateLimitMutation = { updateLimit: { limit: { id: string, name: string, metric: LimitMetric, period: LimitPeriod | null, kind: LimitKind, alertAt: string | null, refuseAbove: string, subjectId: string | null, active: boolean } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type LimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsQuery = { limits: Array<{ id: string, name: string, metric: LimitMetric, period: LimitPeriod | null, kind: LimitKind, alertAt: string | null, refuseAbove: string, subjectId: string | null, active: boolean }> };

export type LimitAlertsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type LimitAlertsQuery = { limitAlerts: { edges: Array<{ node: { id: string, value: string, boundary: string, refused: boolean, operation: LimitedOperation, memberId: string | null, terminalId: string | null, pointOfSaleId: string | null, limit: { id: string, name: string } } }> } };

export type MailingFieldsFragment = { id: string, name: string, channel: Channel, state: MailingState, audienceId: string | null, startAt: string | null, finishedAt: string | null, recipientsListed: boolean, campaign: { id: string, name: string } | null, content: { subject: string | null, text: string | null, html: string | null, imageUrl: string | null, socialTemplateId: string | null, button: { caption: string, url: string } | null }, totals: { total: number, queued: number, sent: number, delivered: number, failed: number, undeliverable: number, unsubscribed: number, cancelled: number } };

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignMutation = { createCampaign: { campaign: { id: string, name: string, description: string } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type CampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignsQuery = { campaigns: Array<{ id: string, name: string, mailings: Array<{ id: string }>, totals: { total: number, sent: number, delivered: number, unsubscribed: number } }> };

export type CreateMailingMutationVariables = Exact<{
  input: CreateMailingInput;
}>;


export type CreateMailingMutation = { createMailing: { mailing: { id: string, name: string, channel: Channel, state: MailingState, audienceId: string | null, startAt: string | null, finishedAt: string | null, recipientsListed: boolean, campaign: { id: string, name: string } | null, content: { subject: string | null, text: string | null, html: string | null, imageUrl: string | null, socialTemplateId: string | null, button: { caption: string, url: string } | null }, totals: { total: number, queued: number, sent: number, delivered: number, failed: number, undeliverable: number, unsubscribed: number, cancelled: number } } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type UpdateMailingMutationVariables = Exact<{
  input: UpdateMailingInput;
}>;


export type UpdateMailingMutation = { updateMailing: { mailing: { id: string, name: string, channel: Channel, state: MailingState, audienceId: string | null, startAt: string | null, finishedAt: string | null, recipientsListed: boolean, campaign: { id: string, name: string } | null, content: { subject: string | null, text: string | null, html: string | null, imageUrl: string | null, socialTemplateId: string | null, button: { caption: string, url: string } | null }, totals: { total: number, queued: number, sent: number, delivered: number, failed: number, undeliverable: number, unsubscribed: number, cancelled: number } } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type StartMailingMutationVariables = Exact<{
  input: StartMailingInput;
}>;


export type StartMailingMutation = { startMailing: { mailing: { id: string, name: string, channel: Channel, state: MailingState, audienceId: string | null, startAt: string | null, finishedAt: string | null, recipientsListed: boolean, campaign: { id: string, name: string } | null, content: { subject: string | null, text: string | null, html: string | null, imageUrl: string | null, socialTemplateId: string | null, button: { caption: string, url: string } | null }, totals: { total: number, queued: number, sent: number, delivered: number, failed: number, undeliverable: number, unsubscribed: number, cancelled: number } } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type PauseMailingMutationVariables = Exact<{
  input: MailingIdInput;
}>;


export type PauseMailingMutation = { pauseMailing: { mailing: { id: string, name: string, channel: Channel, state: MailingState, audienceId: string | null, startAt: string | null, finishedAt: string | null, recipientsListed: boolean, campaign: { id: string, name: string } | null, content: { subject: string | null, text: string | null, html: string | null, imageUrl: string | null, socialTemplateId: string | null, button: { caption: string, url: string } | null }, totals: { total: number, queued: number, sent: number, delivered: number, failed: number, undeliverable: number, unsubscribed: number, cancelled: number } } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ResumeMailingMutationVariables = Exact<{
  input: MailingIdInput;
}>;


export type ResumeMailingMutation = { resumeMailing: { mailing: { id: string, name: string, channel: Channel, state: MailingState, audienceId: string | null, startAt: string | null, finishedAt: string | null, recipientsListed: boolean, campaign: { id: string, name: string } | null, content: { subject: string | null, text: string | null, html: string | null, imageUrl: string | null, socialTemplateId: string | null, button: { caption: string, url: string } | null }, totals: { total: number, queued: number, sent: number, delivered: number, failed: number, undeliverable: number, unsubscribed: number, cancelled: number } } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type CancelMailingMutationVariables = Exact<{
  input: MailingIdInput;
}>;


export type CancelMailingMutation = { cancelMailing: { mailing: { id: string, name: string, channel: Channel, state: MailingState, audienceId: string | null, startAt: string | null, finishedAt: string | null, recipientsListed: boolean, campaign: { id: string, name: string } | null, content: { subject: string | null, text: string | null, html: string | null, imageUrl: string | null, socialTemplateId: string | null, button: { caption: string, url: string } | null }, totals: { total: number, queued: number, sent: number, delivered: number, failed: number, undeliverable: number, unsubscribed: number, cancelled: number } } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type MailingQueryVariables = Exact<{
  id: string | number;
}>;


export type MailingQuery = { mailing: { id: string, name: string, channel: Channel, state: MailingState, audienceId: string | null, startAt: string | null, finishedAt: string | null, recipientsListed: boolean, campaign: { id: string, name: string } | null, content: { subject: string | null, text: string | null, html: string | null, imageUrl: string | null, socialTemplateId: string | null, button: { caption: string, url: string } | null }, totals: { total: number, queued: number, sent: number, delivered: number, failed: number, undeliverable: number, unsubscribed: number, cancelled: number } } | null };

export type MailingsQueryVariables = Exact<{
  campaignId?: string | number | null | undefined;
  state?: MailingState | null | undefined;
}>;


export type MailingsQuery = { mailings: Array<{ id: string, state: MailingState }> };

export type MailingCostEstimateQueryVariables = Exact<{
  id: string | number;
}>;


export type MailingCostEstimateQuery = { mailing: { id: string, costEstimate: { members: number, recipients: number, messages: number, segments: number, gsm7Messages: number, ucs2Messages: number, total: string, currency: string, excluded: Array<{ reason: string, members: number }>, providers: Array<{ providerId: string | null, name: string, pushService: string | null, messages: number, segments: number, pricePerMessage: string, cost: string }> } } | null };

export type MailingPreviewQueryVariables = Exact<{
  id: string | number;
  memberId: string | number;
}>;


export type MailingPreviewQuery = { mailing: { id: string, preview: { subject: string | null, text: string, html: string | null, excludedBecause: string | null, segments: number | null, encoding: string | null } | null } | null };

export type MailingMessagesQueryVariables = Exact<{
  id: string | number;
  status?: MessageStatus | null | undefined;
  after?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type MailingMessagesQuery = { mailing: { id: string, messages: Array<{ id: string, memberId: string | null, destination: string, status: MessageStatus, lastError: string | null, sentAt: string | null, deliveredAt: string | null }> } | null };

export type RegisterMemberMutationVariables = Exact<{
  input: RegisterMemberInput;
}>;


export type RegisterMemberMutation = { registerMember: { member: { id: string, state: MemberState | null, phone: string | null, email: string | null, firstName: string | null, lastName: string | null, birthDate: string | null, registrationChannel: RegistrationChannel | null, eReceiptConsent: boolean | null, language: string | null, timeZone: string | null, socialProfileLinked: boolean | null, mobileAppInstalled: boolean | null, profileComplete: boolean | null, canAccrue: boolean | null, canSpend: boolean | null, marketingConsents: Array<{ channel: Channel, granted: boolean, changedAt: string | null, source: ConsentSource | null }> | null, cards: Array<{ id: string, number: string | null, kind: CardKind | null, state: CardState | null, blockReason: CardBlockReason | null, replacedBy: { number: string | null } | null }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, state: MemberState | null, phone: string | null, email: string | null, firstName: string | null, lastName: string | null, birthDate: string | null, registrationChannel: RegistrationChannel | null, eReceiptConsent: boolean | null, language: string | null, timeZone: string | null, socialProfileLinked: boolean | null, mobileAppInstalled: boolean | null, profileComplete: boolean | null, canAccrue: boolean | null, canSpend: boolean | null, family: { id: string } | null, marketingConsents: Array<{ channel: Channel, granted: boolean, changedAt: string | null, source: ConsentSource | null }> | null, cards: Array<{ id: string, number: string | null, kind: CardKind | null, state: CardState | null, blockReason: CardBlockReason | null, replacedBy: { number: string | null } | null }> } | null };

export type MemberByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberByIdQuery = { member: { id: string, state: MemberState | null, phone: string | null, email: string | null, firstName: string | null, lastName: string | null, birthDate: string | null, registrationChannel: RegistrationChannel | null, eReceiptConsent: boolean | null, language: string | null, timeZone: string | null, socialProfileLinked: boolean | null, mobileAppInstalled: boolean | null, profileComplete: boolean | null, canAccrue: boolean | null, canSpend: boolean | null, family: { id: string, head: { id: string }, members: Array<{ id: string }> } | null, marketingConsents: Array<{ channel: Channel, granted: boolean, changedAt: string | null, source: ConsentSource | null }> | null, cards: Array<{ id: string, number: string | null, kind: CardKind | null, state: CardState | null, blockReason: CardBlockReason | null, replacedBy: { number: string | null } | null }> } | null };

export type SearchMembersQueryVariables = Exact<{
  filter?: MemberFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchMembersQuery = { members: { edges: Array<{ node: { id: string, phone: string | null, firstName: string | null, lastName: string | null, cards: Array<{ number: string | null, state: CardState | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CardByNumberQueryVariables = Exact<{
  number: string;
}>;


export type CardByNumberQuery = { card: { id: string, number: string | null, kind: CardKind | null, state: CardState | null, blockReason: CardBlockReason | null, member: { id: string } | null, replacedBy: { number: string | null } | null } | null };

export type BlockMemberAccountMutationVariables = Exact<{
  input: BlockMemberAccountInput;
}>;


export type BlockMemberAccountMutation = { blockMemberAccount: { member: { id: string, state: MemberState | null, canSpend: boolean | null, canAccrue: boolean | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type UnblockMemberAccountMutationVariables = Exact<{
  input: UnblockMemberAccountInput;
}>;


export type UnblockMemberAccountMutation = { unblockMemberAccount: { member: { id: string, state: MemberState | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type OptOutMutationVariables = Exact<{
  input: OptOutInput;
}>;


export type OptOutMutation = { optOut: { memberId: string | null, deletedAt: string | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type StaffActionsQueryVariables = Exact<{
  filter?: StaffActionFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type StaffActionsQuery = { staffActions: { edges: Array<{ node: { id: string, action: string, memberId: string | null, operatorId: string, at: string } }> } };

export type MyReferralCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReferralCodeQuery = { me: { id: string, referralCode: string | null } | null };

export type MemberReferralCodeQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberReferralCodeQuery = { member: { id: string, referralCode: string | null } | null };

export type OfferFieldsFragment = { id: string, lineageId: string, version: number, name: string, description: string, state: OfferState, priority: number, stacking: StackingMode, stackingGroup: string | null, competition: OfferCompetition, startsAt: unknown, endsAt: unknown, publishedAt: string | null, event: { kind: OfferEventKind, channels: Array<string> | null, contact: ContactKind | null, daysBefore: number | null, windowDays: number | null, audienceId: string | null, dayOfMonth: number | null, daysOfWeek: Array<number> | null, time: string | null }, filters: { audienceIds: Array<string> | null, membersOnly: boolean, channels: Array<SalesChannel> | null, minTotal: string | null, minQuantity: string | null, daysOfWeek: Array<number> | null, memberStates: Array<string> | null, purchaseOrdinal: number | null, currency: string | null, couponRequired: boolean, pointsOfSale: { include: Array<string> | null, exclude: Array<string> | null }, products: { include: Array<{ sku: string | null, category: string | null, brand: string | null, productListId: string | null }> | null, exclude: Array<{ sku: string | null, category: string | null, brand: string | null, productListId: string | null }> | null }, hours: { from: string, to: string } | null }, budget: { total: string | null, perMember: string | null, periodDays: number | null, spent: string } | null, actions: Array<
    | { __typename: 'BonusDeductionAction', deductionValue: string, deductionCurrency: string | null }
    | { __typename: 'BonusPointsAction', base: BonusPointsBase, value: string, currency: string | null, activationDelayDays: number | null, lifetimeDays: number | null }
    | { __typename: 'CashierMessageAction', cashierText: string }
    | { __typename: 'DiscountAction', scope: DiscountScope, n: number | null, m: number | null, discountBase: DiscountBase, discountValue: string | null, rounding: { step: string, of: RoundingTarget } | null }
    | { __typename: 'MemberMessageAction', channel: OfferMessageChannel, template: string }
    | { __typename: 'PaymentAction', maxShare: string, minCash: string | null }
    | { __typename: 'ReceiptMessageAction', text: string }
    | { __typename: 'RegisterDiscountAction', policy: RegisterDiscountPolicy, discountedLinesAccrue: boolean }
  > };

export type CreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type CreateOfferMutation = { createOffer: { offer: { id: string, lineageId: string, version: number, name: string, description: string, state: OfferState, priority: number, stacking: StackingMode, stackingGroup: string | null, competition: OfferCompetition, startsAt: unknown, endsAt: unknown, publishedAt: string | null, event: { kind: OfferEventKind, channels: Array<string> | null, contact: ContactKind | null, daysBefore: number | null, windowDays: number | null, audienceId: string | null, dayOfMonth: number | null, daysOfWeek: Array<number> | null, time: string | null }, filters: { audienceIds: Array<string> | null, membersOnly: boolean, channels: Array<SalesChannel> | null, minTotal: string | null, minQuantity: string | null, daysOfWeek: Array<number> | null, memberStates: Array<string> | null, purchaseOrdinal: number | null, currency: string | null, couponRequired: boolean, pointsOfSale: { include: Array<string> | null, exclude: Array<string> | null }, products: { include: Array<{ sku: string | null, category: string | null, brand: string | null, productListId: string | null }> | null, exclude: Array<{ sku: string | null, category: string | null, brand: string | null, productListId: string | null }> | null }, hours: { from: string, to: string } | null }, budget: { total: string | null, perMember: string | null, periodDays: number | null, spent: string } | null, actions: Array<
        | { __typename: 'BonusDeductionAction', deductionValue: string, deductionCurrency: string | null }
        | { __typename: 'BonusPointsAction', base: BonusPointsBase, value: string, currency: string | null, activationDelayDays: number | null, lifetimeDays: number | null }
        | { __typename: 'CashierMessageAction', cashierText: string }
        | { __typename: 'DiscountAction', scope: DiscountScope, n: number | null, m: number | null, discountBase: DiscountBase, discountValue: string | null, rounding: { step: string, of: RoundingTarget } | null }
        | { __typename: 'MemberMessageAction', channel: OfferMessageChannel, template: string }
        | { __typename: 'PaymentAction', maxShare: string, minCash: string | null }
        | { __typename: 'ReceiptMessageAction', text: string }
        | { __typename: 'RegisterDiscountAction', policy: RegisterDiscountPolicy, discountedLinesAccrue: boolean }
      > } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type UpdateOfferMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type UpdateOfferMutation = { updateOffer: { offer: { id: string, lineageId: string, version: number, name: string, description: string, state: OfferState, priority: number, stacking: StackingMode, stackingGroup: string | null, competition: OfferCompetition, startsAt: unknown, endsAt: unknown, publishedAt: string | null, event: { kind: OfferEventKind, channels: Array<string> | null, contact: ContactKind | null, daysBefore: number | null, windowDays: number | null, audienceId: string | null, dayOfMonth: number | null, daysOfWeek: Array<number> | null, time: string | null }, filters: { audienceIds: Array<string> | null, membersOnly: boolean, channels: Array<SalesChannel> | null, minTotal: string | null, minQuantity: string | null, daysOfWeek: Array<number> | null, memberStates: Array<string> | null, purchaseOrdinal: number | null, currency: string | null, couponRequired: boolean, pointsOfSale: { include: Array<string> | null, exclude: Array<string> | null }, products: { include: Array<{ sku: string | null, category: string | null, brand: string | null, productListId: string | null }> | null, exclude: Array<{ sku: string | null, category: string | null, brand: string | null, productListId: string | null }> | null }, hours: { from: string, to: string } | null }, budget: { total: string | null, perMember: string | null, periodDays: number | null, spent: string } | null, actions: Array<
        | { __typename: 'BonusDeductionAction', deductionValue: string, deductionCurrency: string | null }
        | { __typename: 'BonusPointsAction', base: BonusPointsBase, value: string, currency: string | null, activationDelayDays: number | null, lifetimeDays: number | null }
        | { __typename: 'CashierMessageAction', cashierText: string }
        | { __typename: 'DiscountAction', scope: DiscountScope, n: number | null, m: number | null, discountBase: DiscountBase, discountValue: string | null, rounding: { step: string, of: RoundingTarget } | null }
        | { __typename: 'MemberMessageAction', channel: OfferMessageChannel, template: string }
        | { __typename: 'PaymentAction', maxShare: string, minCash: string | null }
        | { __typename: 'ReceiptMessageAction', text: string }
        | { __typename: 'RegisterDiscountAction', policy: RegisterDiscountPolicy, discountedLinesAccrue: boolean }
      > } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ReviseOfferMutationVariables = Exact<{
  input: OfferIdInput;
}>;


export type ReviseOfferMutation = { reviseOffer: { offer: { id: string, lineageId: string, version: number, state: OfferState } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type PublishOfferMutationVariables = Exact<{
  input: OfferIdInput;
}>;


export type PublishOfferMutation = { publishOffer: { offer: { id: string, state: OfferState, publishedAt: string | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type PauseOfferMutationVariables = Exact<{
  input: OfferIdInput;
}>;


export type PauseOfferMutation = { pauseOffer: { offer: { id: string, state: OfferState } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ResumeOfferMutationVariables = Exact<{
  input: OfferIdInput;
}>;


export type ResumeOfferMutation = { resumeOffer: { offer: { id: string, state: OfferState } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type FinishOfferMutationVariables = Exact<{
  input: OfferIdInput;
}>;


export type FinishOfferMutation = { finishOffer: { offer: { id: string, state: OfferState } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ArchiveOfferMutationVariables = Exact<{
  input: OfferIdInput;
}>;


export type ArchiveOfferMutation = { archiveOffer: { offer: { id: string, state: OfferState } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type OfferQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferQuery = { offer: { id: string, lineageId: string, version: number, name: string, description: string, state: OfferState, priority: number, stacking: StackingMode, stackingGroup: string | null, competition: OfferCompetition, startsAt: unknown, endsAt: unknown, publishedAt: string | null, event: { kind: OfferEventKind, channels: Array<string> | null, contact: ContactKind | null, daysBefore: number | null, windowDays: number | null, audienceId: string | null, dayOfMonth: number | null, daysOfWeek: Array<number> | null, time: string | null }, filters: { audienceIds: Array<string> | null, membersOnly: boolean, channels: Array<SalesChannel> | null, minTotal: string | null, minQuantity: string | null, daysOfWeek: Array<number> | null, memberStates: Array<string> | null, purchaseOrdinal: number | null, currency: string | null, couponRequired: boolean, pointsOfSale: { include: Array<string> | null, exclude: Array<string> | null }, products: { include: Array<{ sku: string | null, category: string | null, brand: string | null, productListId: string | null }> | null, exclude: Array<{ sku: string | null, category: string | null, brand: string | null, productListId: string | null }> | null }, hours: { from: string, to: string } | null }, budget: { total: string | null, perMember: string | null, periodDays: number | null, spent: string } | null, actions: Array<
      | { __typename: 'BonusDeductionAction', deductionValue: string, deductionCurrency: string | null }
      | { __typename: 'BonusPointsAction', base: BonusPointsBase, value: string, currency: string | null, activationDelayDays: number | null, lifetimeDays: number | null }
      | { __typename: 'CashierMessageAction', cashierText: string }
      | { __typename: 'DiscountAction', scope: DiscountScope, n: number | null, m: number | null, discountBase: DiscountBase, discountValue: string | null, rounding: { step: string, of: RoundingTarget } | null }
      | { __typename: 'MemberMessageAction', channel: OfferMessageChannel, template: string }
      | { __typename: 'PaymentAction', maxShare: string, minCash: string | null }
      | { __typename: 'ReceiptMessageAction', text: string }
      | { __typename: 'RegisterDiscountAction', policy: RegisterDiscountPolicy, discountedLinesAccrue: boolean }
    > } | null };

export type OffersQueryVariables = Exact<{
  states?: Array<OfferState> | OfferState | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OffersQuery = { offers: { edges: Array<{ node: { id: string, name: string, state: OfferState, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SimulateOfferQueryVariables = Exact<{
  input: SimulateOfferInput;
}>;


export type SimulateOfferQuery = { simulateOffer: { simulation: { days: number, receiptsEvaluated: number, receiptsTouched: number, membersTouched: number, discount: string, bonuses: string, netDiscount: string, netBonuses: string, truncated: boolean, pointsOfSale: Array<{ pointOfSaleId: string, receiptsTouched: number, discount: string, bonuses: string }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ImportPersonalOffersMutationVariables = Exact<{
  input: ImportPersonalOffersInput;
}>;


export type ImportPersonalOffersMutation = { importPersonalOffers: { result: { imported: number } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type WithdrawPersonalOffersMutationVariables = Exact<{
  input: WithdrawPersonalOffersInput;
}>;


export type WithdrawPersonalOffersMutation = { withdrawPersonalOffers: { result: { withdrawn: number } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type PersonalOffersQueryVariables = Exact<{
  memberId: string | number;
  includeEnded?: boolean | null | undefined;
}>;


export type PersonalOffersQuery = { personalOffers: Array<{ id: string, externalId: string, memberId: string, name: string, validFrom: string, validTo: string, withdrawn: boolean, products: Array<{ sku: string | null, category: string | null, brand: string | null }> | null, benefit: { kind: PersonalBenefitKind, value: string } }> };

export type MyOffersWithPersonalQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOffersWithPersonalQuery = { me: { id: string, offers: Array<{ offerId: string, name: string, startsAt: unknown, endsAt: unknown, active: boolean, personal: boolean }> } | null };

export type CreateProductListMutationVariables = Exact<{
  input: CreateProductListInput;
}>;


export type CreateProductListMutation = { createProductList: { productList: { id: string, kind: ProductListKind, selectors: Array<{ sku: string | null, category: string | null, brand: string | null }>, favourites: { candidateSkus: Array<string> | null, historyDays: number | null, historyTop: number | null, picks: number, changeEveryDays: number } | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type UpdateProductListMutationVariables = Exact<{
  input: UpdateProductListInput;
}>;


export type UpdateProductListMutation = { updateProductList: { productList: { id: string } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ChooseFavouriteProductsMutationVariables = Exact<{
  input: ChooseFavouriteProductsInput;
}>;


export type ChooseFavouriteProductsMutation = { chooseFavouriteProducts: { favourites: { listId: string, picks: number, candidates: Array<string>, chosen: Array<string>, changeableAt: string | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type MyFavouriteProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFavouriteProductsQuery = { me: { id: string, favouriteProducts: Array<{ listId: string, name: string, picks: number, candidates: Array<string>, chosen: Array<string>, changeableAt: string | null }> } | null };

export type UploadProductsMutationVariables = Exact<{
  input: UploadProductsInput;
}>;


export type UploadProductsMutation = { uploadProducts: { upload: { created: number, updated: number, unchanged: number } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type UploadProductsCsvMutationVariables = Exact<{
  input: UploadProductsCsvInput;
}>;


export type UploadProductsCsvMutation = { uploadProductsCsv: { upload: { created: number, updated: number, unchanged: number } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ProductsQueryVariables = Exact<{
  category?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProductsQuery = { products: { edges: Array<{ node: { sku: string, name: string, category: string | null, brand: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProductQueryVariables = Exact<{
  sku: string;
}>;


export type ProductQuery = { product: { sku: string, name: string, category: string | null, brand: string | null, attributes: Array<{ name: string, value: string }> } | null };

export type RequestPhoneChangeMutationVariables = Exact<{
  input: RequestPhoneChangeInput;
}>;


export type RequestPhoneChangeMutation = { requestPhoneChange: { expiresAt: string | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ChangePhoneMutationVariables = Exact<{
  input: ChangePhoneInput;
}>;


export type ChangePhoneMutation = { changePhone: { member: { id: string, phone: string | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type RequestEmailChangeMutationVariables = Exact<{
  input: RequestEmailChangeInput;
}>;


export type RequestEmailChangeMutation = { requestEmailChange: { expiresAt: string | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ChangeEmailMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;


export type ChangeEmailMutation = { changeEmail: { member: { id: string, email: string | null, profileComplete: boolean | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { member: { id: string } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type SetEReceiptConsentMutationVariables = Exact<{
  input: SetEReceiptConsentInput;
}>;


export type SetEReceiptConsentMutation = { setEReceiptConsent: { member: { id: string, eReceiptConsent: boolean | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type UpdateMemberProfileMutationVariables = Exact<{
  input: UpdateMemberProfileInput;
}>;


export type UpdateMemberProfileMutation = { updateMemberProfile: { member: { id: string, firstName: string | null, lastName: string | null, birthDate: string | null, profileComplete: boolean | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type SetProfileLinksMutationVariables = Exact<{
  input: SetProfileLinksInput;
}>;


export type SetProfileLinksMutation = { setProfileLinks: { member: { id: string, socialProfileLinked: boolean | null, mobileAppInstalled: boolean | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type SetMessagePreferencesMutationVariables = Exact<{
  input: SetMessagePreferencesInput;
}>;


export type SetMessagePreferencesMutation = { setMessagePreferences: { member: { id: string, language: string | null, timeZone: string | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type SetMarketingConsentMutationVariables = Exact<{
  input: SetMarketingConsentInput;
}>;


export type SetMarketingConsentMutation = { setMarketingConsent: { member: { id: string, marketingConsents: Array<{ channel: Channel, granted: boolean, changedAt: string | null, source: ConsentSource | null }> | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type SetSocialGroupMembershipMutationVariables = Exact<{
  input: SetSocialGroupMembershipInput;
}>;


export type SetSocialGroupMembershipMutation = { setSocialGroupMembership: { member: { id: string, socialGroupMember: boolean | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type PromotionFieldsFragment = { id: string, title: string, text: string, imageUrl: string | null, link: string | null, offerId: string | null, displayFrom: unknown, displayTo: unknown, position: number, audienceId: string | null, published: boolean | null };

export type CreatePromotionMutationVariables = Exact<{
  input: CreatePromotionInput;
}>;


export type CreatePromotionMutation = { createPromotion: { promotion: { id: string, title: string, text: string, imageUrl: string | null, link: string | null, offerId: string | null, displayFrom: unknown, displayTo: unknown, position: number, audienceId: string | null, published: boolean | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type UpdatePromotionMutationVariables = Exact<{
  input: UpdatePromotionInput;
}>;


export type UpdatePromotionMutation = { updatePromotion: { promotion: { id: string, title: string, text: string, imageUrl: string | null, link: string | null, offerId: string | null, displayFrom: unknown, displayTo: unknown, position: number, audienceId: string | null, published: boolean | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type DeletePromotionMutationVariables = Exact<{
  input: DeletePromotionInput;
}>;


export type DeletePromotionMutation = { deletePromotion: { promotion: { id: string } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type PromotionsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PromotionsQuery = { promotions: { edges: Array<{ node: { id: string, title: string, text: string, imageUrl: string | null, link: string | null, offerId: string | null, displayFrom: unknown, displayTo: unknown, position: number, audienceId: string | null, published: boolean | null } }> } };

export type MemberOfferFieldsFragment = { offerId: string, name: string, description: string, startsAt: unknown, endsAt: unknown, active: boolean };

export type MyOffersAndPromotionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOffersAndPromotionsQuery = { me: { id: string, offers: Array<{ offerId: string, name: string, description: string, startsAt: unknown, endsAt: unknown, active: boolean }>, promotions: Array<{ id: string, title: string, text: string, imageUrl: string | null, link: string | null, offerId: string | null, displayFrom: unknown, displayTo: unknown, position: number, audienceId: string | null, published: boolean | null }> } | null };

export type MemberOffersAndPromotionsQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberOffersAndPromotionsQuery = { member: { id: string, offers: Array<{ offerId: string, name: string, description: string, startsAt: unknown, endsAt: unknown, active: boolean }>, promotions: Array<{ id: string, title: string, text: string, imageUrl: string | null, link: string | null, offerId: string | null, displayFrom: unknown, displayTo: unknown, position: number, audienceId: string | null, published: boolean | null }> } | null };

export type PurchaseFieldsFragment = { id: string, state: PurchaseState, cardNumber: string | null, memberId: string | null, subtotal: string, discount: string, roundingCorrection: string, total: string, maxBonusPayment: string, bonusPayment: string, cashDue: string, accrual: string, accrualActivatesAt: string | null, accrualExpiresAt: string | null, holdExpiresAt: string, cancelReason: string | null, offline: boolean, occurredAt: string, paymentCodeRequired: boolean, lines: Array<{ lineNo: number, product: string, registerDiscount: string, discount: string, total: string, bonusPaid: string, accrual: string }> };

export type CalculatePurchaseMutationVariables = Exact<{
  input: CalculatePurchaseInput;
}>;


export type CalculatePurchaseMutation = { calculatePurchase: { purchase: { id: string, state: PurchaseState, cardNumber: string | null, memberId: string | null, subtotal: string, discount: string, roundingCorrection: string, total: string, maxBonusPayment: string, bonusPayment: string, cashDue: string, accrual: string, accrualActivatesAt: string | null, accrualExpiresAt: string | null, holdExpiresAt: string, cancelReason: string | null, offline: boolean, occurredAt: string, paymentCodeRequired: boolean, lines: Array<{ lineNo: number, product: string, registerDiscount: string, discount: string, total: string, bonusPaid: string, accrual: string }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ConfirmPurchaseMutationVariables = Exact<{
  input: ConfirmPurchaseInput;
}>;


export type ConfirmPurchaseMutation = { confirmPurchase: { purchase: { id: string, state: PurchaseState, cardNumber: string | null, memberId: string | null, subtotal: string, discount: string, roundingCorrection: string, total: string, maxBonusPayment: string, bonusPayment: string, cashDue: string, accrual: string, accrualActivatesAt: string | null, accrualExpiresAt: string | null, holdExpiresAt: string, cancelReason: string | null, offline: boolean, occurredAt: string, paymentCodeRequired: boolean, lines: Array<{ lineNo: number, product: string, registerDiscount: string, discount: string, total: string, bonusPaid: string, accrual: string }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type CancelPurchaseMutationVariables = Exact<{
  input: CancelPurchaseInput;
}>;


export type CancelPurchaseMutation = { cancelPurchase: { purchase: { id: string, state: PurchaseState, cardNumber: string | null, memberId: string | null, subtotal: string, discount: string, roundingCorrection: string, total: string, maxBonusPayment: string, bonusPayment: string, cashDue: string, accrual: string, accrualActivatesAt: string | null, accrualExpiresAt: string | null, holdExpiresAt: string, cancelReason: string | null, offline: boolean, occurredAt: string, paymentCodeRequired: boolean, lines: Array<{ lineNo: number, product: string, registerDiscount: string, discount: string, total: string, bonusPaid: string, accrual: string }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type RefundPurchaseMutationVariables = Exact<{
  input: RefundPurchaseInput;
}>;


export type RefundPurchaseMutation = { refundPurchase: { refund: { id: string, state: PurchaseState, accrualTakenBack: string, otherCurrencies: Array<{ currency: string, accrualTakenBack: string, accrualForgiven: string, accrualOwed: string }> } | null, purchase: { id: string, state: PurchaseState, refunds: Array<{ bonusReturned: string, accrualTakenBack: string, accrualForgiven: string, accrualOwed: string, lines: Array<{ lineNo: number, quantity: string }> }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type RequestBonusPaymentMutationVariables = Exact<{
  input: RequestBonusPaymentInput;
}>;


export type RequestBonusPaymentMutation = { requestBonusPayment: { purchase: { id: string, state: PurchaseState, cardNumber: string | null, memberId: string | null, subtotal: string, discount: string, roundingCorrection: string, total: string, maxBonusPayment: string, bonusPayment: string, cashDue: string, accrual: string, accrualActivatesAt: string | null, accrualExpiresAt: string | null, holdExpiresAt: string, cancelReason: string | null, offline: boolean, occurredAt: string, paymentCodeRequired: boolean, lines: Array<{ lineNo: number, product: string, registerDiscount: string, discount: string, total: string, bonusPaid: string, accrual: string }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type RegisterOfflinePurchaseMutationVariables = Exact<{
  input: RegisterOfflinePurchaseInput;
}>;


export type RegisterOfflinePurchaseMutation = { registerOfflinePurchase: { purchase: { id: string, state: PurchaseState, cardNumber: string | null, memberId: string | null, subtotal: string, discount: string, roundingCorrection: string, total: string, maxBonusPayment: string, bonusPayment: string, cashDue: string, accrual: string, accrualActivatesAt: string | null, accrualExpiresAt: string | null, holdExpiresAt: string, cancelReason: string | null, offline: boolean, occurredAt: string, paymentCodeRequired: boolean, lines: Array<{ lineNo: number, product: string, registerDiscount: string, discount: string, total: string, bonusPaid: string, accrual: string }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type TicketFieldsFragment = { id: string, memberId: string, topic: string, state: TicketState, createdAt: string, lastMessageAt: string, messages: Array<{ author: TicketAuthor, text: string }> };

export type OpenTicketMutationVariables = Exact<{
  input: OpenTicketInput;
}>;


export type OpenTicketMutation = { openTicket: { ticket: { id: string, memberId: string, topic: string, state: TicketState, createdAt: string, lastMessageAt: string, messages: Array<{ author: TicketAuthor, text: string }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ReplyToTicketMutationVariables = Exact<{
  input: ReplyToTicketInput;
}>;


export type ReplyToTicketMutation = { replyToTicket: { ticket: { id: string, memberId: string, topic: string, state: TicketState, createdAt: string, lastMessageAt: string, messages: Array<{ author: TicketAuthor, text: string }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type SetTicketStateMutationVariables = Exact<{
  input: SetTicketStateInput;
}>;


export type SetTicketStateMutation = { setTicketState: { ticket: { id: string, memberId: string, topic: string, state: TicketState, createdAt: string, lastMessageAt: string, messages: Array<{ author: TicketAuthor, text: string }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type TicketsQueryVariables = Exact<{
  state?: TicketState | null | undefined;
}>;


export type TicketsQuery = { tickets: Array<{ id: string, memberId: string, topic: string, state: TicketState, createdAt: string, lastMessageAt: string, messages: Array<{ author: TicketAuthor, text: string }> }> };

export type TicketQueryVariables = Exact<{
  id: string | number;
}>;


export type TicketQuery = { ticket: { id: string, memberId: string, topic: string, state: TicketState, createdAt: string, lastMessageAt: string, messages: Array<{ author: TicketAuthor, text: string }> } | null };

export type MyFeedbackQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFeedbackQuery = { me: { id: string, feedback: Array<{ id: string, memberId: string, topic: string, state: TicketState, createdAt: string, lastMessageAt: string, messages: Array<{ author: TicketAuthor, text: string }> }> } | null };

export type MemberFeedbackQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberFeedbackQuery = { member: { id: string, feedback: Array<{ id: string, memberId: string, topic: string, state: TicketState, createdAt: string, lastMessageAt: string, messages: Array<{ author: TicketAuthor, text: string }> }> } | null };

export type PurchaseWithOffersFragment = { id: string, state: PurchaseState, subtotal: string, discount: string, total: string, maxBonusPayment: string, bonusPayment: string, cashDue: string, accrual: string, offerSnapshotVersion: number | null, receiptMessages: Array<string>, cashierMessages: Array<string>, couponsRedeemed: Array<string>, appliedOffers: Array<{ offerId: string, version: number, name: string, lineNos: Array<number>, discount: string, bonus: string, otherBonuses: Array<{ currency: string, amount: string }> }>, bonusesInOtherCurrencies: Array<{ currency: string, amount: string }>, lines: Array<{ lineNo: number, product: string, brand: string | null, registerDiscount: string, discount: string, total: string, bonusPaid: string, accrual: string, offers: Array<{ offerId: string, discount: string, bonus: string, otherBonuses: Array<{ currency: string, amount: string }> }> }> };

export type CalculatePurchaseWithOffersMutationVariables = Exact<{
  input: CalculatePurchaseInput;
}>;


export type CalculatePurchaseWithOffersMutation = { calculatePurchase: { purchase: { id: string, state: PurchaseState, subtotal: string, discount: string, total: string, maxBonusPayment: string, bonusPayment: string, cashDue: string, accrual: string, offerSnapshotVersion: number | null, receiptMessages: Array<string>, cashierMessages: Array<string>, couponsRedeemed: Array<string>, appliedOffers: Array<{ offerId: string, version: number, name: string, lineNos: Array<number>, discount: string, bonus: string, otherBonuses: Array<{ currency: string, amount: string }> }>, bonusesInOtherCurrencies: Array<{ currency: string, amount: string }>, lines: Array<{ lineNo: number, product: string, brand: string | null, registerDiscount: string, discount: string, total: string, bonusPaid: string, accrual: string, offers: Array<{ offerId: string, discount: string, bonus: string, otherBonuses: Array<{ currency: string, amount: string }> }> }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type RequestBonusPaymentWithOffersMutationVariables = Exact<{
  input: RequestBonusPaymentInput;
}>;


export type RequestBonusPaymentWithOffersMutation = { requestBonusPayment: { purchase: { id: string, state: PurchaseState, subtotal: string, discount: string, total: string, maxBonusPayment: string, bonusPayment: string, cashDue: string, accrual: string, offerSnapshotVersion: number | null, receiptMessages: Array<string>, cashierMessages: Array<string>, couponsRedeemed: Array<string>, appliedOffers: Array<{ offerId: string, version: number, name: string, lineNos: Array<number>, discount: string, bonus: string, otherBonuses: Array<{ currency: string, amount: string }> }>, bonusesInOtherCurrencies: Array<{ currency: string, amount: string }>, lines: Array<{ lineNo: number, product: string, brand: string | null, registerDiscount: string, discount: string, total: string, bonusPaid: string, accrual: string, offers: Array<{ offerId: string, discount: string, bonus: string, otherBonuses: Array<{ currency: string, amount: string }> }> }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ConfirmPurchaseWithOffersMutationVariables = Exact<{
  input: ConfirmPurchaseInput;
}>;


export type ConfirmPurchaseWithOffersMutation = { confirmPurchase: { purchase: { id: string, state: PurchaseState, subtotal: string, discount: string, total: string, maxBonusPayment: string, bonusPayment: string, cashDue: string, accrual: string, offerSnapshotVersion: number | null, receiptMessages: Array<string>, cashierMessages: Array<string>, couponsRedeemed: Array<string>, appliedOffers: Array<{ offerId: string, version: number, name: string, lineNos: Array<number>, discount: string, bonus: string, otherBonuses: Array<{ currency: string, amount: string }> }>, bonusesInOtherCurrencies: Array<{ currency: string, amount: string }>, lines: Array<{ lineNo: number, product: string, brand: string | null, registerDiscount: string, discount: string, total: string, bonusPaid: string, accrual: string, offers: Array<{ offerId: string, discount: string, bonus: string, otherBonuses: Array<{ currency: string, amount: string }> }> }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type RegisterOfflinePurchaseWithOffersMutationVariables = Exact<{
  input: RegisterOfflinePurchaseInput;
}>;


export type RegisterOfflinePurchaseWithOffersMutation = { registerOfflinePurchase: { purchase: { id: string, state: PurchaseState, subtotal: string, discount: string, total: string, maxBonusPayment: string, bonusPayment: string, cashDue: string, accrual: string, offerSnapshotVersion: number | null, receiptMessages: Array<string>, cashierMessages: Array<string>, couponsRedeemed: Array<string>, appliedOffers: Array<{ offerId: string, version: number, name: string, lineNos: Array<number>, discount: string, bonus: string, otherBonuses: Array<{ currency: string, amount: string }> }>, bonusesInOtherCurrencies: Array<{ currency: string, amount: string }>, lines: Array<{ lineNo: number, product: string, brand: string | null, registerDiscount: string, discount: string, total: string, bonusPaid: string, accrual: string, offers: Array<{ offerId: string, discount: string, bonus: string, otherBonuses: Array<{ currency: string, amount: string }> }> }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type CalculatePurchaseExplainedMutationVariables = Exact<{
  input: CalculatePurchaseInput;
}>;


export type CalculatePurchaseExplainedMutation = { calculatePurchase: { purchase: { id: string, appliedOffers: Array<{ name: string }>, offersNotApplied: Array<{ offerId: string, name: string, reason: OfferRejectionReason, detail: string, winnerOfferIds: Array<string> }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type RefundPayloadFieldsFragment = { refund: { id: string, state: PurchaseState, bonusReturned: string, accrualTakenBack: string, accrualForgiven: string, accrualOwed: string, hold: string, holdExpiresAt: string | null, cancelReason: string | null, otherCurrencies: Array<{ currency: string, accrualTakenBack: string, hold: string }> } | null, purchase: { id: string, state: PurchaseState, refunds: Array<{ bonusReturned: string, accrualTakenBack: string, accrualForgiven: string, accrualOwed: string, lines: Array<{ lineNo: number, quantity: string }> }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> };

export type CalculateRefundMutationVariables = Exact<{
  input: RefundPurchaseInput;
}>;


export type CalculateRefundMutation = { calculateRefund: { refund: { id: string, state: PurchaseState, bonusReturned: string, accrualTakenBack: string, accrualForgiven: string, accrualOwed: string, hold: string, holdExpiresAt: string | null, cancelReason: string | null, otherCurrencies: Array<{ currency: string, accrualTakenBack: string, hold: string }> } | null, purchase: { id: string, state: PurchaseState, refunds: Array<{ bonusReturned: string, accrualTakenBack: string, accrualForgiven: string, accrualOwed: string, lines: Array<{ lineNo: number, quantity: string }> }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ConfirmRefundMutationVariables = Exact<{
  input: RefundActionInput;
}>;


export type ConfirmRefundMutation = { confirmRefund: { refund: { id: string, state: PurchaseState, bonusReturned: string, accrualTakenBack: string, accrualForgiven: string, accrualOwed: string, hold: string, holdExpiresAt: string | null, cancelReason: string | null, otherCurrencies: Array<{ currency: string, accrualTakenBack: string, hold: string }> } | null, purchase: { id: string, state: PurchaseState, refunds: Array<{ bonusReturned: string, accrualTakenBack: string, accrualForgiven: string, accrualOwed: string, lines: Array<{ lineNo: number, quantity: string }> }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type CancelRefundMutationVariables = Exact<{
  input: RefundActionInput;
}>;


export type CancelRefundMutation = { cancelRefund: { refund: { id: string, state: PurchaseState, bonusReturned: string, accrualTakenBack: string, accrualForgiven: string, accrualOwed: string, hold: string, holdExpiresAt: string | null, cancelReason: string | null, otherCurrencies: Array<{ currency: string, accrualTakenBack: string, hold: string }> } | null, purchase: { id: string, state: PurchaseState, refunds: Array<{ bonusReturned: string, accrualTakenBack: string, accrualForgiven: string, accrualOwed: string, lines: Array<{ lineNo: number, quantity: string }> }> } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ManualOperationPayloadFieldsFragment = { manualOperation: { id: string, state: PurchaseState, kind: OperationKind, amount: string, reason: string, memberId: string, holdExpiresAt: string, codeRequired: boolean, cancelReason: string | null, operation: { id: string, kind: OperationKind, amount: string, actorKind: OperationActorKind, channel: OperationChannel | null } | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> };

export type CalculateManualOperationMutationVariables = Exact<{
  input: CalculateManualOperationInput;
}>;


export type CalculateManualOperationMutation = { calculateManualOperation: { manualOperation: { id: string, state: PurchaseState, kind: OperationKind, amount: string, reason: string, memberId: string, holdExpiresAt: string, codeRequired: boolean, cancelReason: string | null, operation: { id: string, kind: OperationKind, amount: string, actorKind: OperationActorKind, channel: OperationChannel | null } | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type ConfirmManualOperationMutationVariables = Exact<{
  input: ManualOperationActionInput;
}>;


export type ConfirmManualOperationMutation = { confirmManualOperation: { manualOperation: { id: string, state: PurchaseState, kind: OperationKind, amount: string, reason: string, memberId: string, holdExpiresAt: string, codeRequired: boolean, cancelReason: string | null, operation: { id: string, kind: OperationKind, amount: string, actorKind: OperationActorKind, channel: OperationChannel | null } | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type CancelManualOperationMutationVariables = Exact<{
  input: ManualOperationActionInput;
}>;


export type CancelManualOperationMutation = { cancelManualOperation: { manualOperation: { id: string, state: PurchaseState, kind: OperationKind, amount: string, reason: string, memberId: string, holdExpiresAt: string, codeRequired: boolean, cancelReason: string | null, operation: { id: string, kind: OperationKind, amount: string, actorKind: OperationActorKind, channel: OperationChannel | null } | null } | null, errors: Array<{ code: ErrorCode, message: string, field: string | null }> } };

export type PurchaseByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type PurchaseByIdQuery = { purchase: { id: string, state: PurchaseState, bonusPayment: string } | null };

export type PurchaseByIdempotencyKeyQueryVariables = Exact<{
  key: string;
}>;


export type PurchaseByIdempotencyKeyQuery = { purchaseByIdempotencyKey: { id: string, state: PurchaseState } | null };

export type PointOfSaleSettlementQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PointOfSaleSettlementQuery = { company: { pointsOfSale: Array<{ id: string, settlement: Array<{ currency: string, purchaseAccruals: string, manualAccruals: string, payments: string, manualDeductions: string, paymentsReturned: string, accrualsTakenBack: string, issued: string, accepted: string }> }> } | null };

export const AudienceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AudienceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"membershipVersion"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"registrationChannels"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"registeredTo"}},{"kind":"Field","name":{"kind":"Name","value":"registeredWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayMonths"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"cardKinds"}},{"kind":"Field","name":{"kind":"Name","value":"purchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxCount"}},{"kind":"Field","name":{"kind":"Name","value":"minTotal"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastPurchaseWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"noPurchaseWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsOfSaleVisited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointOfSaleIds"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boughtCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appInstalled"}},{"kind":"Field","name":{"kind":"Name","value":"profileCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"consents"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<AudienceFieldsFragment, unknown>;
export const CardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blockReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<CardFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationChannel"}},{"kind":"Field","name":{"kind":"Name","value":"eReceiptConsent"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialProfileLinked"}},{"kind":"Field","name":{"kind":"Name","value":"mobileAppInstalled"}},{"kind":"Field","name":{"kind":"Name","value":"profileComplete"}},{"kind":"Field","name":{"kind":"Name","value":"canAccrue"}},{"kind":"Field","name":{"kind":"Name","value":"canSpend"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blockReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<MemberFieldsFragment, unknown>;
export const BalanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"nonActivated"}},{"kind":"Field","name":{"kind":"Name","value":"totalAccrued"}},{"kind":"Field","name":{"kind":"Name","value":"totalDeducted"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"debt"}},{"kind":"Field","name":{"kind":"Name","value":"toExpire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<BalanceFieldsFragment, unknown>;
export const BulkJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<BulkJobFieldsFragment, unknown>;
export const LimitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LimitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Limit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"alertAt"}},{"kind":"Field","name":{"kind":"Name","value":"refuseAbove"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<LimitFieldsFragment, unknown>;
export const MailingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"audienceId"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientsListed"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"button"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialTemplateId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"undeliverable"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<MailingFieldsFragment, unknown>;
export const OfferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineageId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stacking"}},{"kind":"Field","name":{"kind":"Name","value":"stackingGroup"}},{"kind":"Field","name":{"kind":"Name","value":"competition"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"audienceId"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audienceIds"}},{"kind":"Field","name":{"kind":"Name","value":"membersOnly"}},{"kind":"Field","name":{"kind":"Name","value":"pointsOfSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"include"}},{"kind":"Field","name":{"kind":"Name","value":"exclude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"include"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"productListId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"productListId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"minTotal"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrdinal"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"couponRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"perMember"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BonusPointsAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"activationDelayDays"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeDays"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BonusDeductionAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"deductionValue"},"name":{"kind":"Name","value":"value"}},{"kind":"Field","alias":{"kind":"Name","value":"deductionCurrency"},"name":{"kind":"Name","value":"currency"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiscountAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"discountBase"},"name":{"kind":"Name","value":"base"}},{"kind":"Field","alias":{"kind":"Name","value":"discountValue"},"name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"m"}},{"kind":"Field","name":{"kind":"Name","value":"rounding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterDiscountAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"discountedLinesAccrue"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxShare"}},{"kind":"Field","name":{"kind":"Name","value":"minCash"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiptMessageAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CashierMessageAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"cashierText"},"name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberMessageAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"template"}}]}}]}}]}}]} as unknown as DocumentNode<OfferFieldsFragment, unknown>;
export const PromotionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PromotionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"displayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"displayTo"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"audienceId"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]} as unknown as DocumentNode<PromotionFieldsFragment, unknown>;
export const MemberOfferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<MemberOfferFieldsFragment, unknown>;
export const PurchaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"roundingCorrection"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maxBonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"cashDue"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"accrualActivatesAt"}},{"kind":"Field","name":{"kind":"Name","value":"accrualExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentCodeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"registerDiscount"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPaid"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}}]}}]}}]} as unknown as DocumentNode<PurchaseFieldsFragment, unknown>;
export const TicketFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<TicketFieldsFragment, unknown>;
export const PurchaseWithOffersFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseWithOffers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maxBonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"cashDue"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"offerSnapshotVersion"}},{"kind":"Field","name":{"kind":"Name","value":"receiptMessages"}},{"kind":"Field","name":{"kind":"Name","value":"cashierMessages"}},{"kind":"Field","name":{"kind":"Name","value":"couponsRedeemed"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lineNos"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"otherBonuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusesInOtherCurrencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"registerDiscount"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPaid"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"otherBonuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PurchaseWithOffersFragment, unknown>;
export const ErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ErrorFieldsFragment, unknown>;
export const RefundPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefundPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"bonusReturned"}},{"kind":"Field","name":{"kind":"Name","value":"accrualTakenBack"}},{"kind":"Field","name":{"kind":"Name","value":"accrualForgiven"}},{"kind":"Field","name":{"kind":"Name","value":"accrualOwed"}},{"kind":"Field","name":{"kind":"Name","value":"hold"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"otherCurrencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"accrualTakenBack"}},{"kind":"Field","name":{"kind":"Name","value":"hold"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusReturned"}},{"kind":"Field","name":{"kind":"Name","value":"accrualTakenBack"}},{"kind":"Field","name":{"kind":"Name","value":"accrualForgiven"}},{"kind":"Field","name":{"kind":"Name","value":"accrualOwed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RefundPayloadFieldsFragment, unknown>;
export const ManualOperationPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManualOperationPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManualOperationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manualOperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"codeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ManualOperationPayloadFieldsFragment, unknown>;
export const CreateAudienceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAudience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAudienceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAudience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AudienceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AudienceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"membershipVersion"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"registrationChannels"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"registeredTo"}},{"kind":"Field","name":{"kind":"Name","value":"registeredWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayMonths"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"cardKinds"}},{"kind":"Field","name":{"kind":"Name","value":"purchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxCount"}},{"kind":"Field","name":{"kind":"Name","value":"minTotal"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastPurchaseWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"noPurchaseWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsOfSaleVisited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointOfSaleIds"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boughtCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appInstalled"}},{"kind":"Field","name":{"kind":"Name","value":"profileCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"consents"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAudienceMutation, CreateAudienceMutationVariables>;
export const UpdateAudienceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAudience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAudienceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAudience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AudienceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AudienceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"membershipVersion"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"registrationChannels"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"registeredTo"}},{"kind":"Field","name":{"kind":"Name","value":"registeredWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayMonths"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"cardKinds"}},{"kind":"Field","name":{"kind":"Name","value":"purchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxCount"}},{"kind":"Field","name":{"kind":"Name","value":"minTotal"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastPurchaseWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"noPurchaseWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsOfSaleVisited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointOfSaleIds"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boughtCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appInstalled"}},{"kind":"Field","name":{"kind":"Name","value":"profileCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"consents"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAudienceMutation, UpdateAudienceMutationVariables>;
export const RefreshAudienceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshAudience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AudienceIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshAudience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AudienceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AudienceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"membershipVersion"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"registrationChannels"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"registeredTo"}},{"kind":"Field","name":{"kind":"Name","value":"registeredWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayMonths"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"cardKinds"}},{"kind":"Field","name":{"kind":"Name","value":"purchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxCount"}},{"kind":"Field","name":{"kind":"Name","value":"minTotal"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastPurchaseWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"noPurchaseWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsOfSaleVisited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointOfSaleIds"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boughtCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appInstalled"}},{"kind":"Field","name":{"kind":"Name","value":"profileCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"consents"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshAudienceMutation, RefreshAudienceMutationVariables>;
export const DeleteAudienceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAudience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AudienceIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAudience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteAudienceMutation, DeleteAudienceMutationVariables>;
export const AddAudienceMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAudienceMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAudienceMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAudienceMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"notFound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AudienceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AudienceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"membershipVersion"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"registrationChannels"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"registeredTo"}},{"kind":"Field","name":{"kind":"Name","value":"registeredWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayMonths"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"cardKinds"}},{"kind":"Field","name":{"kind":"Name","value":"purchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxCount"}},{"kind":"Field","name":{"kind":"Name","value":"minTotal"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastPurchaseWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"noPurchaseWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsOfSaleVisited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointOfSaleIds"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boughtCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appInstalled"}},{"kind":"Field","name":{"kind":"Name","value":"profileCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"consents"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<AddAudienceMembersMutation, AddAudienceMembersMutationVariables>;
export const RemoveAudienceMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAudienceMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveAudienceMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAudienceMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AudienceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AudienceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"membershipVersion"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"registrationChannels"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"registeredTo"}},{"kind":"Field","name":{"kind":"Name","value":"registeredWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayMonths"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"cardKinds"}},{"kind":"Field","name":{"kind":"Name","value":"purchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxCount"}},{"kind":"Field","name":{"kind":"Name","value":"minTotal"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastPurchaseWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"noPurchaseWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsOfSaleVisited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointOfSaleIds"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boughtCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appInstalled"}},{"kind":"Field","name":{"kind":"Name","value":"profileCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"consents"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveAudienceMembersMutation, RemoveAudienceMembersMutationVariables>;
export const AudienceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Audience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AudienceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AudienceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"membershipVersion"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"registrationChannels"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"registeredTo"}},{"kind":"Field","name":{"kind":"Name","value":"registeredWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayMonths"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"cardKinds"}},{"kind":"Field","name":{"kind":"Name","value":"purchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxCount"}},{"kind":"Field","name":{"kind":"Name","value":"minTotal"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastPurchaseWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"noPurchaseWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsOfSaleVisited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointOfSaleIds"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boughtCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appInstalled"}},{"kind":"Field","name":{"kind":"Name","value":"profileCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"consents"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<AudienceQuery, AudienceQueryVariables>;
export const AudiencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Audiences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audiences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AudiencesQuery, AudiencesQueryVariables>;
export const PreviewAudienceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewAudience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rules"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AudienceRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewAudience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rules"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rules"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewAudienceQuery, PreviewAudienceQueryVariables>;
export const AudienceMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AudienceMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<AudienceMembersQuery, AudienceMembersQueryVariables>;
export const LoginOperatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginOperator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginOperatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginOperator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"passwordChangeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<LoginOperatorMutation, LoginOperatorMutationVariables>;
export const LoginTerminalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginTerminal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginTerminalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginTerminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<LoginTerminalMutation, LoginTerminalMutationVariables>;
export const RequestMemberCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestMemberCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestMemberCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMemberCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RequestMemberCodeMutation, RequestMemberCodeMutationVariables>;
export const LoginMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<LoginMemberMutation, LoginMemberMutationVariables>;
export const ChangeOperatorPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeOperatorPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOperatorPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOperatorPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"passwordChangeRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ChangeOperatorPasswordMutation, ChangeOperatorPasswordMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetMemberPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetMemberPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetMemberPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetMemberPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ResetMemberPasswordMutation, ResetMemberPasswordMutationVariables>;
export const CreateCardBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCardBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCardBatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCardBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"firstNumber"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateCardBatchMutation, CreateCardBatchMutationVariables>;
export const IssueVirtualCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueVirtualCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueVirtualCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueVirtualCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blockReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<IssueVirtualCardMutation, IssueVirtualCardMutationVariables>;
export const BindCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BindCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BindCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardFields"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blockReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<BindCardMutation, BindCardMutationVariables>;
export const ReplaceCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplaceCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplaceCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replaceCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oldCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blockReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReplaceCardMutation, ReplaceCardMutationVariables>;
export const BlockCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BlockCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BlockCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blockReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<BlockCardMutation, BlockCardMutationVariables>;
export const UnblockCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnblockCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnblockCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unblockCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blockReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UnblockCardMutation, UnblockCardMutationVariables>;
export const DevInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destination"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"destination"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destination"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<DevInboxQuery, DevInboxQueryVariables>;
export const ProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasCredentials"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ProvidersQuery, ProvidersQueryVariables>;
export const ConfigureProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"hasCredentials"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ConfigureProviderMutation, ConfigureProviderMutationVariables>;
export const SendTestMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendTestMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerMessageIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SendTestMessageMutation, SendTestMessageMutationVariables>;
export const AlertRecipientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertRecipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRecipients"}}]}}]} as unknown as DocumentNode<AlertRecipientsQuery, AlertRecipientsQueryVariables>;
export const SetAlertRecipientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAlertRecipients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAlertRecipientsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAlertRecipients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SetAlertRecipientsMutation, SetAlertRecipientsMutationVariables>;
export const MessagingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessagingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messagingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationKeyword"}}]}}]}}]} as unknown as DocumentNode<MessagingSettingsQuery, MessagingSettingsQueryVariables>;
export const UpdateMessagingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMessagingSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMessagingSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMessagingSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationKeyword"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateMessagingSettingsMutation, UpdateMessagingSettingsMutationVariables>;
export const InboundMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboundMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InboundKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboundMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"sender"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<InboundMessagesQuery, InboundMessagesQueryVariables>;
export const MessageKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"requiredVariables"}},{"kind":"Field","name":{"kind":"Name","value":"defaultText"}}]}}]}}]} as unknown as DocumentNode<MessageKindsQuery, MessageKindsQueryVariables>;
export const MessageTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}}]}}]} as unknown as DocumentNode<MessageTemplatesQuery, MessageTemplatesQueryVariables>;
export const SetMessageTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMessageTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMessageTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMessageTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SetMessageTemplateMutation, SetMessageTemplateMutationVariables>;
export const RemoveMessageTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMessageTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMessageTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMessageTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RemoveMessageTemplateMutation, RemoveMessageTemplateMutationVariables>;
export const MessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Messages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<MessagesQuery, MessagesQueryVariables>;
export const RegisterDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RegisterDeviceMutation, RegisterDeviceMutationVariables>;
export const UnregisterDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnregisterDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnregisterDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unregisterDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unregistered"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UnregisterDeviceMutation, UnregisterDeviceMutationVariables>;
export const MyInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadMessageCount"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyInboxQuery, MyInboxQueryVariables>;
export const MemberInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadMessageCount"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberInboxQuery, MemberInboxQueryVariables>;
export const SetMessagesReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMessagesRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMessagesReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMessagesRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetMessagesReadMutation, SetMessagesReadMutationVariables>;
export const CreateCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateCompanyMutation, CreateCompanyMutationVariables>;
export const CreateOperatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOperator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOperatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOperator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateOperatorMutation, CreateOperatorMutationVariables>;
export const CreatePointOfSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePointOfSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePointOfSaleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPointOfSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointOfSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"confirmPaymentBySms"}},{"kind":"Field","name":{"kind":"Name","value":"allowPhonePaymentWithoutCode"}},{"kind":"Field","name":{"kind":"Name","value":"returnPolicy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreatePointOfSaleMutation, CreatePointOfSaleMutationVariables>;
export const CreatePosTerminalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePosTerminal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePosTerminalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPosTerminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pointOfSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreatePosTerminalMutation, CreatePosTerminalMutationVariables>;
export const ConfigureRegistrationChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureRegistrationChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureRegistrationChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureRegistrationChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"requiredFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ConfigureRegistrationChannelMutation, ConfigureRegistrationChannelMutationVariables>;
export const UpdateCompanySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCompanySettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCompanySettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompanySettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spendingStates"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"historyStartsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateCompanySettingsMutation, UpdateCompanySettingsMutationVariables>;
export const CurrentCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"posCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"spendingStates"}},{"kind":"Field","name":{"kind":"Name","value":"registrationChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"requiredFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsOfSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CurrentCompanyQuery, CurrentCompanyQueryVariables>;
export const UpdatePointOfSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePointOfSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePointOfSaleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePointOfSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointOfSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"confirmPaymentBySms"}},{"kind":"Field","name":{"kind":"Name","value":"allowPhonePaymentWithoutCode"}},{"kind":"Field","name":{"kind":"Name","value":"returnPolicy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdatePointOfSaleMutation, UpdatePointOfSaleMutationVariables>;
export const RemoveOperatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOperator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveOperatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOperator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RemoveOperatorMutation, RemoveOperatorMutationVariables>;
export const DeactivatePosTerminalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivatePosTerminal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivatePosTerminalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivatePosTerminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DeactivatePosTerminalMutation, DeactivatePosTerminalMutationVariables>;
export const IssueCouponsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCoupons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCouponsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCoupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"maxUses"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IssueCouponsMutation, IssueCouponsMutationVariables>;
export const CouponsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Coupons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CouponsQuery, CouponsQueryVariables>;
export const MyCouponsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCoupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"usesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]} as unknown as DocumentNode<MyCouponsQuery, MyCouponsQueryVariables>;
export const MemberCouponsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberCoupons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MemberCouponsQuery, MemberCouponsQueryVariables>;
export const CreateFamilyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFamily"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFamilyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFamily"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateFamilyMutation, CreateFamilyMutationVariables>;
export const InviteToFamilyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteToFamily"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteToFamilyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteToFamily"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<InviteToFamilyMutation, InviteToFamilyMutationVariables>;
export const JoinFamilyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinFamily"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinFamily"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<JoinFamilyMutation, JoinFamilyMutationVariables>;
export const DeclineFamilyInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineFamilyInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineFamilyInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DeclineFamilyInvitationMutation, DeclineFamilyInvitationMutationVariables>;
export const LeaveFamilyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveFamily"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveFamilyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveFamily"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<LeaveFamilyMutation, LeaveFamilyMutationVariables>;
export const MyFamilyInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFamilyInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFamilyInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<MyFamilyInvitationsQuery, MyFamilyInvitationsQueryVariables>;
export const InviteToFamilyAsSeenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteToFamilyAsSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteToFamilyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteToFamily"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"inviteePhone"}},{"kind":"Field","name":{"kind":"Name","value":"invitee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<InviteToFamilyAsSeenMutation, InviteToFamilyAsSeenMutationVariables>;
export const AccrueBonusesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccrueBonuses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccrueBonusesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accrueBonuses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"nonActivated"}},{"kind":"Field","name":{"kind":"Name","value":"totalAccrued"}},{"kind":"Field","name":{"kind":"Name","value":"totalDeducted"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"debt"}},{"kind":"Field","name":{"kind":"Name","value":"toExpire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AccrueBonusesMutation, AccrueBonusesMutationVariables>;
export const DeductBonusesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeductBonuses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeductBonusesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deductBonuses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"nonActivated"}},{"kind":"Field","name":{"kind":"Name","value":"totalAccrued"}},{"kind":"Field","name":{"kind":"Name","value":"totalDeducted"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"debt"}},{"kind":"Field","name":{"kind":"Name","value":"toExpire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DeductBonusesMutation, DeductBonusesMutationVariables>;
export const MemberBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"nonActivated"}},{"kind":"Field","name":{"kind":"Name","value":"totalAccrued"}},{"kind":"Field","name":{"kind":"Name","value":"totalDeducted"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"debt"}},{"kind":"Field","name":{"kind":"Name","value":"toExpire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<MemberBalanceQuery, MemberBalanceQueryVariables>;
export const MemberOperationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberOperations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberOperationsQuery, MemberOperationsQueryVariables>;
export const CurrenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Currencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"exchangeRate"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseAccrualPercent"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxPaymentShare"}},{"kind":"Field","name":{"kind":"Name","value":"spendingOrder"}}]}}]}}]}}]} as unknown as DocumentNode<CurrenciesQuery, CurrenciesQueryVariables>;
export const CreateCurrencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCurrency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCurrencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCurrency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"exchangeRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateCurrencyMutation, CreateCurrencyMutationVariables>;
export const UpdateProgramRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgramRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgramRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgramRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseAccrualPercent"}},{"kind":"Field","name":{"kind":"Name","value":"activationDelayDays"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxPaymentShare"}},{"kind":"Field","name":{"kind":"Name","value":"roundingStep"}},{"kind":"Field","name":{"kind":"Name","value":"spendingOrder"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateProgramRulesMutation, UpdateProgramRulesMutationVariables>;
export const ImportOperationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportOperations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportOperationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importOperations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkJobFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ImportOperationsMutation, ImportOperationsMutationVariables>;
export const AccrueBonusesBulkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccrueBonusesBulk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccrueBonusesBulkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accrueBonusesBulk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkJobFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accrued"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AccrueBonusesBulkMutation, AccrueBonusesBulkMutationVariables>;
export const MemberBonusAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberBonusAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bonusAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberBonusAccountsQuery, MemberBonusAccountsQueryVariables>;
export const MemberLotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberLots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"nonActivated"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"accruedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatesAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"activated"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberLotsQuery, MemberLotsQueryVariables>;
export const BulkJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<BulkJobQuery, BulkJobQueryVariables>;
export const MembersWithBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersWithBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersWithBalanceQuery, MembersWithBalanceQueryVariables>;
export const CreateLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LimitDefinition"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LimitFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LimitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Limit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"alertAt"}},{"kind":"Field","name":{"kind":"Name","value":"refuseAbove"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateLimitMutation, CreateLimitMutationVariables>;
export const UpdateLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLimitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LimitFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LimitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Limit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"alertAt"}},{"kind":"Field","name":{"kind":"Name","value":"refuseAbove"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateLimitMutation, UpdateLimitMutationVariables>;
export const LimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LimitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LimitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Limit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"alertAt"}},{"kind":"Field","name":{"kind":"Name","value":"refuseAbove"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<LimitsQuery, LimitsQueryVariables>;
export const LimitAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimitAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limitAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"terminalId"}},{"kind":"Field","name":{"kind":"Name","value":"pointOfSaleId"}},{"kind":"Field","name":{"kind":"Name","value":"limit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LimitAlertsQuery, LimitAlertsQueryVariables>;
export const CreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const CampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mailings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignsQuery, CampaignsQueryVariables>;
export const CreateMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"audienceId"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientsListed"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"button"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialTemplateId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"undeliverable"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateMailingMutation, CreateMailingMutationVariables>;
export const UpdateMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"audienceId"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientsListed"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"button"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialTemplateId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"undeliverable"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateMailingMutation, UpdateMailingMutationVariables>;
export const StartMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"audienceId"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientsListed"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"button"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialTemplateId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"undeliverable"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<StartMailingMutation, StartMailingMutationVariables>;
export const PauseMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailingIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"audienceId"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientsListed"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"button"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialTemplateId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"undeliverable"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<PauseMailingMutation, PauseMailingMutationVariables>;
export const ResumeMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailingIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"audienceId"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientsListed"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"button"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialTemplateId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"undeliverable"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ResumeMailingMutation, ResumeMailingMutationVariables>;
export const CancelMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailingIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"audienceId"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientsListed"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"button"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialTemplateId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"undeliverable"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CancelMailingMutation, CancelMailingMutationVariables>;
export const MailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"audienceId"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientsListed"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"button"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialTemplateId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"undeliverable"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<MailingQuery, MailingQueryVariables>;
export const MailingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mailings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MailingState"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<MailingsQuery, MailingsQueryVariables>;
export const MailingCostEstimateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailingCostEstimate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"costEstimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}},{"kind":"Field","name":{"kind":"Name","value":"segments"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"members"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pushService"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}},{"kind":"Field","name":{"kind":"Name","value":"segments"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gsm7Messages"}},{"kind":"Field","name":{"kind":"Name","value":"ucs2Messages"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<MailingCostEstimateQuery, MailingCostEstimateQueryVariables>;
export const MailingPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailingPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"excludedBecause"}},{"kind":"Field","name":{"kind":"Name","value":"segments"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}}]}}]}}]}}]} as unknown as DocumentNode<MailingPreviewQuery, MailingPreviewQueryVariables>;
export const MailingMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailingMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]}}]} as unknown as DocumentNode<MailingMessagesQuery, MailingMessagesQueryVariables>;
export const RegisterMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blockReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationChannel"}},{"kind":"Field","name":{"kind":"Name","value":"eReceiptConsent"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialProfileLinked"}},{"kind":"Field","name":{"kind":"Name","value":"mobileAppInstalled"}},{"kind":"Field","name":{"kind":"Name","value":"profileComplete"}},{"kind":"Field","name":{"kind":"Name","value":"canAccrue"}},{"kind":"Field","name":{"kind":"Name","value":"canSpend"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RegisterMemberMutation, RegisterMemberMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blockReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationChannel"}},{"kind":"Field","name":{"kind":"Name","value":"eReceiptConsent"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialProfileLinked"}},{"kind":"Field","name":{"kind":"Name","value":"mobileAppInstalled"}},{"kind":"Field","name":{"kind":"Name","value":"profileComplete"}},{"kind":"Field","name":{"kind":"Name","value":"canAccrue"}},{"kind":"Field","name":{"kind":"Name","value":"canSpend"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardFields"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MemberByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blockReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationChannel"}},{"kind":"Field","name":{"kind":"Name","value":"eReceiptConsent"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialProfileLinked"}},{"kind":"Field","name":{"kind":"Name","value":"mobileAppInstalled"}},{"kind":"Field","name":{"kind":"Name","value":"profileComplete"}},{"kind":"Field","name":{"kind":"Name","value":"canAccrue"}},{"kind":"Field","name":{"kind":"Name","value":"canSpend"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardFields"}}]}}]}}]} as unknown as DocumentNode<MemberByIdQuery, MemberByIdQueryVariables>;
export const SearchMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchMembersQuery, SearchMembersQueryVariables>;
export const CardByNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardByNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardFields"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blockReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<CardByNumberQuery, CardByNumberQueryVariables>;
export const BlockMemberAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BlockMemberAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BlockMemberAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockMemberAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"canSpend"}},{"kind":"Field","name":{"kind":"Name","value":"canAccrue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<BlockMemberAccountMutation, BlockMemberAccountMutationVariables>;
export const UnblockMemberAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnblockMemberAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnblockMemberAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unblockMemberAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UnblockMemberAccountMutation, UnblockMemberAccountMutationVariables>;
export const OptOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OptOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OptOutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<OptOutMutation, OptOutMutationVariables>;
export const StaffActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffActionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"operatorId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffActionsQuery, StaffActionsQueryVariables>;
export const MyReferralCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReferralCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referralCode"}}]}}]}}]} as unknown as DocumentNode<MyReferralCodeQuery, MyReferralCodeQueryVariables>;
export const MemberReferralCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberReferralCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referralCode"}}]}}]}}]} as unknown as DocumentNode<MemberReferralCodeQuery, MemberReferralCodeQueryVariables>;
export const CreateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineageId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stacking"}},{"kind":"Field","name":{"kind":"Name","value":"stackingGroup"}},{"kind":"Field","name":{"kind":"Name","value":"competition"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"audienceId"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audienceIds"}},{"kind":"Field","name":{"kind":"Name","value":"membersOnly"}},{"kind":"Field","name":{"kind":"Name","value":"pointsOfSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"include"}},{"kind":"Field","name":{"kind":"Name","value":"exclude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"include"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"productListId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"productListId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"minTotal"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrdinal"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"couponRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"perMember"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BonusPointsAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"activationDelayDays"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeDays"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BonusDeductionAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"deductionValue"},"name":{"kind":"Name","value":"value"}},{"kind":"Field","alias":{"kind":"Name","value":"deductionCurrency"},"name":{"kind":"Name","value":"currency"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiscountAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"discountBase"},"name":{"kind":"Name","value":"base"}},{"kind":"Field","alias":{"kind":"Name","value":"discountValue"},"name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"m"}},{"kind":"Field","name":{"kind":"Name","value":"rounding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterDiscountAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"discountedLinesAccrue"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxShare"}},{"kind":"Field","name":{"kind":"Name","value":"minCash"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiptMessageAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CashierMessageAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"cashierText"},"name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberMessageAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"template"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateOfferMutation, CreateOfferMutationVariables>;
export const UpdateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineageId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stacking"}},{"kind":"Field","name":{"kind":"Name","value":"stackingGroup"}},{"kind":"Field","name":{"kind":"Name","value":"competition"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"audienceId"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audienceIds"}},{"kind":"Field","name":{"kind":"Name","value":"membersOnly"}},{"kind":"Field","name":{"kind":"Name","value":"pointsOfSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"include"}},{"kind":"Field","name":{"kind":"Name","value":"exclude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"include"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"productListId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"productListId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"minTotal"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrdinal"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"couponRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"perMember"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BonusPointsAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"activationDelayDays"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeDays"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BonusDeductionAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"deductionValue"},"name":{"kind":"Name","value":"value"}},{"kind":"Field","alias":{"kind":"Name","value":"deductionCurrency"},"name":{"kind":"Name","value":"currency"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiscountAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"discountBase"},"name":{"kind":"Name","value":"base"}},{"kind":"Field","alias":{"kind":"Name","value":"discountValue"},"name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"m"}},{"kind":"Field","name":{"kind":"Name","value":"rounding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterDiscountAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"discountedLinesAccrue"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxShare"}},{"kind":"Field","name":{"kind":"Name","value":"minCash"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiptMessageAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CashierMessageAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"cashierText"},"name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberMessageAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"template"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateOfferMutation, UpdateOfferMutationVariables>;
export const ReviseOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineageId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReviseOfferMutation, ReviseOfferMutationVariables>;
export const PublishOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<PublishOfferMutation, PublishOfferMutationVariables>;
export const PauseOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<PauseOfferMutation, PauseOfferMutationVariables>;
export const ResumeOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ResumeOfferMutation, ResumeOfferMutationVariables>;
export const FinishOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<FinishOfferMutation, FinishOfferMutationVariables>;
export const ArchiveOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ArchiveOfferMutation, ArchiveOfferMutationVariables>;
export const OfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Offer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineageId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stacking"}},{"kind":"Field","name":{"kind":"Name","value":"stackingGroup"}},{"kind":"Field","name":{"kind":"Name","value":"competition"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"audienceId"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audienceIds"}},{"kind":"Field","name":{"kind":"Name","value":"membersOnly"}},{"kind":"Field","name":{"kind":"Name","value":"pointsOfSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"include"}},{"kind":"Field","name":{"kind":"Name","value":"exclude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"include"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"productListId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"productListId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"minTotal"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrdinal"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"couponRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"perMember"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BonusPointsAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"activationDelayDays"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeDays"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BonusDeductionAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"deductionValue"},"name":{"kind":"Name","value":"value"}},{"kind":"Field","alias":{"kind":"Name","value":"deductionCurrency"},"name":{"kind":"Name","value":"currency"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiscountAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"discountBase"},"name":{"kind":"Name","value":"base"}},{"kind":"Field","alias":{"kind":"Name","value":"discountValue"},"name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"m"}},{"kind":"Field","name":{"kind":"Name","value":"rounding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterDiscountAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"discountedLinesAccrue"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxShare"}},{"kind":"Field","name":{"kind":"Name","value":"minCash"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiptMessageAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CashierMessageAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"cashierText"},"name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberMessageAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"template"}}]}}]}}]}}]} as unknown as DocumentNode<OfferQuery, OfferQueryVariables>;
export const OffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Offers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"states"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferState"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"Variable","name":{"kind":"Name","value":"states"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OffersQuery, OffersQueryVariables>;
export const SimulateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimulateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimulateOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"receiptsEvaluated"}},{"kind":"Field","name":{"kind":"Name","value":"receiptsTouched"}},{"kind":"Field","name":{"kind":"Name","value":"membersTouched"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"bonuses"}},{"kind":"Field","name":{"kind":"Name","value":"netDiscount"}},{"kind":"Field","name":{"kind":"Name","value":"netBonuses"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"pointsOfSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointOfSaleId"}},{"kind":"Field","name":{"kind":"Name","value":"receiptsTouched"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"bonuses"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SimulateOfferQuery, SimulateOfferQueryVariables>;
export const ImportPersonalOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPersonalOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportPersonalOffersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPersonalOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ImportPersonalOffersMutation, ImportPersonalOffersMutationVariables>;
export const WithdrawPersonalOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPersonalOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawPersonalOffersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPersonalOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<WithdrawPersonalOffersMutation, WithdrawPersonalOffersMutationVariables>;
export const PersonalOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeEnded"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeEnded"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<PersonalOffersQuery, PersonalOffersQueryVariables>;
export const MyOffersWithPersonalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOffersWithPersonal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"personal"}}]}}]}}]}}]} as unknown as DocumentNode<MyOffersWithPersonalQuery, MyOffersWithPersonalQueryVariables>;
export const CreateProductListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProductList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProductList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"selectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"favourites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateSkus"}},{"kind":"Field","name":{"kind":"Name","value":"historyDays"}},{"kind":"Field","name":{"kind":"Name","value":"historyTop"}},{"kind":"Field","name":{"kind":"Name","value":"picks"}},{"kind":"Field","name":{"kind":"Name","value":"changeEveryDays"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProductListMutation, CreateProductListMutationVariables>;
export const UpdateProductListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProductList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProductListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProductList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProductListMutation, UpdateProductListMutationVariables>;
export const ChooseFavouriteProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChooseFavouriteProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChooseFavouriteProductsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chooseFavouriteProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"favourites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listId"}},{"kind":"Field","name":{"kind":"Name","value":"picks"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"changeableAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ChooseFavouriteProductsMutation, ChooseFavouriteProductsMutationVariables>;
export const MyFavouriteProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFavouriteProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"favouriteProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"picks"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"changeableAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyFavouriteProductsQuery, MyFavouriteProductsQueryVariables>;
export const UploadProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadProductsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UploadProductsMutation, UploadProductsMutationVariables>;
export const UploadProductsCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadProductsCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadProductsCsvInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadProductsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UploadProductsCsvMutation, UploadProductsCsvMutationVariables>;
export const ProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Products"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ProductsQuery, ProductsQueryVariables>;
export const ProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Product"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sku"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sku"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sku"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ProductQuery, ProductQueryVariables>;
export const RequestPhoneChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPhoneChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPhoneChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPhoneChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RequestPhoneChangeMutation, RequestPhoneChangeMutationVariables>;
export const ChangePhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePhoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePhone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ChangePhoneMutation, ChangePhoneMutationVariables>;
export const RequestEmailChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEmailChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestEmailChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmailChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RequestEmailChangeMutation, RequestEmailChangeMutationVariables>;
export const ChangeEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profileComplete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ChangeEmailMutation, ChangeEmailMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SetEReceiptConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEReceiptConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEReceiptConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEReceiptConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eReceiptConsent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SetEReceiptConsentMutation, SetEReceiptConsentMutationVariables>;
export const UpdateMemberProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMemberProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMemberProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"profileComplete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateMemberProfileMutation, UpdateMemberProfileMutationVariables>;
export const SetProfileLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProfileLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProfileLinksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProfileLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"socialProfileLinked"}},{"kind":"Field","name":{"kind":"Name","value":"mobileAppInstalled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SetProfileLinksMutation, SetProfileLinksMutationVariables>;
export const SetMessagePreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMessagePreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMessagePreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMessagePreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SetMessagePreferencesMutation, SetMessagePreferencesMutationVariables>;
export const SetMarketingConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMarketingConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMarketingConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMarketingConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SetMarketingConsentMutation, SetMarketingConsentMutationVariables>;
export const SetSocialGroupMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSocialGroupMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSocialGroupMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSocialGroupMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"socialGroupMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SetSocialGroupMembershipMutation, SetSocialGroupMembershipMutationVariables>;
export const CreatePromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePromotionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PromotionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PromotionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"displayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"displayTo"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"audienceId"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]} as unknown as DocumentNode<CreatePromotionMutation, CreatePromotionMutationVariables>;
export const UpdatePromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePromotionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PromotionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PromotionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"displayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"displayTo"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"audienceId"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]} as unknown as DocumentNode<UpdatePromotionMutation, UpdatePromotionMutationVariables>;
export const DeletePromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePromotionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DeletePromotionMutation, DeletePromotionMutationVariables>;
export const PromotionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Promotions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PromotionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PromotionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"displayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"displayTo"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"audienceId"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]} as unknown as DocumentNode<PromotionsQuery, PromotionsQueryVariables>;
export const MyOffersAndPromotionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOffersAndPromotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberOfferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PromotionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PromotionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"displayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"displayTo"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"audienceId"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]} as unknown as DocumentNode<MyOffersAndPromotionsQuery, MyOffersAndPromotionsQueryVariables>;
export const MemberOffersAndPromotionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberOffersAndPromotions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberOfferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PromotionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PromotionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"displayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"displayTo"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"audienceId"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]} as unknown as DocumentNode<MemberOffersAndPromotionsQuery, MemberOffersAndPromotionsQueryVariables>;
export const CalculatePurchaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CalculatePurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CalculatePurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calculatePurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"roundingCorrection"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maxBonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"cashDue"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"accrualActivatesAt"}},{"kind":"Field","name":{"kind":"Name","value":"accrualExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentCodeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"registerDiscount"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPaid"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CalculatePurchaseMutation, CalculatePurchaseMutationVariables>;
export const ConfirmPurchaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmPurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"roundingCorrection"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maxBonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"cashDue"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"accrualActivatesAt"}},{"kind":"Field","name":{"kind":"Name","value":"accrualExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentCodeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"registerDiscount"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPaid"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ConfirmPurchaseMutation, ConfirmPurchaseMutationVariables>;
export const CancelPurchaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelPurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelPurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelPurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"roundingCorrection"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maxBonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"cashDue"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"accrualActivatesAt"}},{"kind":"Field","name":{"kind":"Name","value":"accrualExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentCodeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"registerDiscount"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPaid"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CancelPurchaseMutation, CancelPurchaseMutationVariables>;
export const RefundPurchaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundPurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundPurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"accrualTakenBack"}},{"kind":"Field","name":{"kind":"Name","value":"otherCurrencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"accrualTakenBack"}},{"kind":"Field","name":{"kind":"Name","value":"accrualForgiven"}},{"kind":"Field","name":{"kind":"Name","value":"accrualOwed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusReturned"}},{"kind":"Field","name":{"kind":"Name","value":"accrualTakenBack"}},{"kind":"Field","name":{"kind":"Name","value":"accrualForgiven"}},{"kind":"Field","name":{"kind":"Name","value":"accrualOwed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RefundPurchaseMutation, RefundPurchaseMutationVariables>;
export const RequestBonusPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestBonusPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestBonusPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestBonusPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"roundingCorrection"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maxBonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"cashDue"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"accrualActivatesAt"}},{"kind":"Field","name":{"kind":"Name","value":"accrualExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentCodeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"registerDiscount"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPaid"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RequestBonusPaymentMutation, RequestBonusPaymentMutationVariables>;
export const RegisterOfflinePurchaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterOfflinePurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOfflinePurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOfflinePurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"roundingCorrection"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maxBonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"cashDue"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"accrualActivatesAt"}},{"kind":"Field","name":{"kind":"Name","value":"accrualExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentCodeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"registerDiscount"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPaid"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RegisterOfflinePurchaseMutation, RegisterOfflinePurchaseMutationVariables>;
export const OpenTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<OpenTicketMutation, OpenTicketMutationVariables>;
export const ReplyToTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReplyToTicketMutation, ReplyToTicketMutationVariables>;
export const SetTicketStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTicketState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTicketStateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SetTicketStateMutation, SetTicketStateMutationVariables>;
export const TicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketState"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<TicketsQuery, TicketsQueryVariables>;
export const TicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ticket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<TicketQuery, TicketQueryVariables>;
export const MyFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<MyFeedbackQuery, MyFeedbackQueryVariables>;
export const MemberFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<MemberFeedbackQuery, MemberFeedbackQueryVariables>;
export const CalculatePurchaseWithOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CalculatePurchaseWithOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CalculatePurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calculatePurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseWithOffers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseWithOffers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maxBonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"cashDue"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"offerSnapshotVersion"}},{"kind":"Field","name":{"kind":"Name","value":"receiptMessages"}},{"kind":"Field","name":{"kind":"Name","value":"cashierMessages"}},{"kind":"Field","name":{"kind":"Name","value":"couponsRedeemed"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lineNos"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"otherBonuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusesInOtherCurrencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"registerDiscount"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPaid"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"otherBonuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CalculatePurchaseWithOffersMutation, CalculatePurchaseWithOffersMutationVariables>;
export const RequestBonusPaymentWithOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestBonusPaymentWithOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestBonusPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestBonusPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseWithOffers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseWithOffers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maxBonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"cashDue"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"offerSnapshotVersion"}},{"kind":"Field","name":{"kind":"Name","value":"receiptMessages"}},{"kind":"Field","name":{"kind":"Name","value":"cashierMessages"}},{"kind":"Field","name":{"kind":"Name","value":"couponsRedeemed"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lineNos"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"otherBonuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusesInOtherCurrencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"registerDiscount"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPaid"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"otherBonuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RequestBonusPaymentWithOffersMutation, RequestBonusPaymentWithOffersMutationVariables>;
export const ConfirmPurchaseWithOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPurchaseWithOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmPurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseWithOffers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseWithOffers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maxBonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"cashDue"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"offerSnapshotVersion"}},{"kind":"Field","name":{"kind":"Name","value":"receiptMessages"}},{"kind":"Field","name":{"kind":"Name","value":"cashierMessages"}},{"kind":"Field","name":{"kind":"Name","value":"couponsRedeemed"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lineNos"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"otherBonuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusesInOtherCurrencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"registerDiscount"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPaid"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"otherBonuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ConfirmPurchaseWithOffersMutation, ConfirmPurchaseWithOffersMutationVariables>;
export const RegisterOfflinePurchaseWithOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterOfflinePurchaseWithOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOfflinePurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOfflinePurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseWithOffers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseWithOffers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maxBonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPayment"}},{"kind":"Field","name":{"kind":"Name","value":"cashDue"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"offerSnapshotVersion"}},{"kind":"Field","name":{"kind":"Name","value":"receiptMessages"}},{"kind":"Field","name":{"kind":"Name","value":"cashierMessages"}},{"kind":"Field","name":{"kind":"Name","value":"couponsRedeemed"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lineNos"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"otherBonuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusesInOtherCurrencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"registerDiscount"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPaid"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"otherBonuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RegisterOfflinePurchaseWithOffersMutation, RegisterOfflinePurchaseWithOffersMutationVariables>;
export const CalculatePurchaseExplainedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CalculatePurchaseExplained"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CalculatePurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calculatePurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offersNotApplied"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"winnerOfferIds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CalculatePurchaseExplainedMutation, CalculatePurchaseExplainedMutationVariables>;
export const CalculateRefundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CalculateRefund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calculateRefund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RefundPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefundPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"bonusReturned"}},{"kind":"Field","name":{"kind":"Name","value":"accrualTakenBack"}},{"kind":"Field","name":{"kind":"Name","value":"accrualForgiven"}},{"kind":"Field","name":{"kind":"Name","value":"accrualOwed"}},{"kind":"Field","name":{"kind":"Name","value":"hold"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"otherCurrencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"accrualTakenBack"}},{"kind":"Field","name":{"kind":"Name","value":"hold"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusReturned"}},{"kind":"Field","name":{"kind":"Name","value":"accrualTakenBack"}},{"kind":"Field","name":{"kind":"Name","value":"accrualForgiven"}},{"kind":"Field","name":{"kind":"Name","value":"accrualOwed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]} as unknown as DocumentNode<CalculateRefundMutation, CalculateRefundMutationVariables>;
export const ConfirmRefundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmRefund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRefund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RefundPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefundPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"bonusReturned"}},{"kind":"Field","name":{"kind":"Name","value":"accrualTakenBack"}},{"kind":"Field","name":{"kind":"Name","value":"accrualForgiven"}},{"kind":"Field","name":{"kind":"Name","value":"accrualOwed"}},{"kind":"Field","name":{"kind":"Name","value":"hold"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"otherCurrencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"accrualTakenBack"}},{"kind":"Field","name":{"kind":"Name","value":"hold"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusReturned"}},{"kind":"Field","name":{"kind":"Name","value":"accrualTakenBack"}},{"kind":"Field","name":{"kind":"Name","value":"accrualForgiven"}},{"kind":"Field","name":{"kind":"Name","value":"accrualOwed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]} as unknown as DocumentNode<ConfirmRefundMutation, ConfirmRefundMutationVariables>;
export const CancelRefundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRefund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRefund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RefundPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefundPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"bonusReturned"}},{"kind":"Field","name":{"kind":"Name","value":"accrualTakenBack"}},{"kind":"Field","name":{"kind":"Name","value":"accrualForgiven"}},{"kind":"Field","name":{"kind":"Name","value":"accrualOwed"}},{"kind":"Field","name":{"kind":"Name","value":"hold"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"otherCurrencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"accrualTakenBack"}},{"kind":"Field","name":{"kind":"Name","value":"hold"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusReturned"}},{"kind":"Field","name":{"kind":"Name","value":"accrualTakenBack"}},{"kind":"Field","name":{"kind":"Name","value":"accrualForgiven"}},{"kind":"Field","name":{"kind":"Name","value":"accrualOwed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]} as unknown as DocumentNode<CancelRefundMutation, CancelRefundMutationVariables>;
export const CalculateManualOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CalculateManualOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CalculateManualOperationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calculateManualOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManualOperationPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManualOperationPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManualOperationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manualOperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"codeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]} as unknown as DocumentNode<CalculateManualOperationMutation, CalculateManualOperationMutationVariables>;
export const ConfirmManualOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmManualOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ManualOperationActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmManualOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManualOperationPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManualOperationPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManualOperationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manualOperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"codeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]} as unknown as DocumentNode<ConfirmManualOperationMutation, ConfirmManualOperationMutationVariables>;
export const CancelManualOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelManualOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ManualOperationActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelManualOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManualOperationPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManualOperationPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManualOperationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manualOperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"codeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]} as unknown as DocumentNode<CancelManualOperationMutation, CancelManualOperationMutationVariables>;
export const PurchaseByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchaseById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPayment"}}]}}]}}]} as unknown as DocumentNode<PurchaseByIdQuery, PurchaseByIdQueryVariables>;
export const PurchaseByIdempotencyKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchaseByIdempotencyKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseByIdempotencyKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<PurchaseByIdempotencyKeyQuery, PurchaseByIdempotencyKeyQueryVariables>;
export const PointOfSaleSettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointOfSaleSettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsOfSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseAccruals"}},{"kind":"Field","name":{"kind":"Name","value":"manualAccruals"}},{"kind":"Field","name":{"kind":"Name","value":"payments"}},{"kind":"Field","name":{"kind":"Name","value":"manualDeductions"}},{"kind":"Field","name":{"kind":"Name","value":"paymentsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"accrualsTakenBack"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PointOfSaleSettlementQuery, PointOfSaleSettlementQueryVariables>;