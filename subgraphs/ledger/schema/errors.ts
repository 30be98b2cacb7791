import { definePayloadTypes } from '../../../infra/graphql/payload-types';
import { LOOKUP_RATE_LIMITED_MEANS } from '../../../infra/throttle/lookup-throttle';
import { builder } from '../builder';
import type { LedgerErrorCode } from '../domain/errors';

/** What each refusal of the ledger means, as clients read it in the ErrorCode enum. */
const ERROR_CODES: Record<LedgerErrorCode, string> = {
  INVALID_INPUT: 'An input value is missing, malformed or out of range (a date, an idempotency key, a reason, a rule, a limit definition); field names it.',
  INVALID_AMOUNT: 'An amount is not positive, has more than two decimal places or is above 1,000,000,000, or a payment with bonuses is worth less than a cent.',
  MEMBER_NOT_FOUND: 'No member with this id (or phone) in the caller’s company, or the member has left the program.',
  MEMBER_BLOCKED: 'The member’s account is blocked: it neither accrues nor pays.',
  MEMBER_CANNOT_SPEND:
    'Paying with bonuses is not open to this member (a state outside the company’s spending states, e.g. a card holder not yet registered), or the receipt has no member.',
  CURRENCY_NOT_FOUND: 'The company has no bonus currency with this code.',
  CURRENCY_CODE_TAKEN: 'The company already has a bonus currency with this code.',
  INSUFFICIENT_BALANCE:
    'The active balance, less what pending operations hold, does not cover the amount; for a back-dated change, a spend recorded after it would no longer be covered.',
  INVALID_RECEIPT:
    'The receipt or the returned lines are not valid: no lines or more than the maximum, a price or quantity out of range, a register discount above its line, a line the purchase does not have, more returned than is left.',
  PAYMENT_EXCEEDS_SHARE: 'The payment with bonuses is above the share of the receipt the program lets bonuses pay (see Purchase.maxBonusPayment).',
  CARD_NOT_FOUND: 'No card with this number is in use in the company: unknown, not bound to a member, or its member has left the program.',
  CARD_BLOCKED: 'The card is blocked.',
  INVALID_PHONE: 'The phone is not an international number (e.g. +491701234567).',
  PURCHASE_NOT_FOUND: 'No such purchase in the company; at a till, none at the terminal’s point of sale.',
  PURCHASE_NOT_PENDING: 'The purchase is already confirmed or cancelled.',
  PURCHASE_EXPIRED: 'The purchase was not confirmed within the hold time and cancelled itself; calculate it again.',
  PURCHASE_NOT_CONFIRMED: 'Only a confirmed purchase can be returned.',
  IDEMPOTENCY_CONFLICT: 'The caller used this idempotency key for a different request.',
  COUPON_NOT_FOUND: 'No coupon with this code in the company (field names which).',
  COUPON_EXPIRED: 'The coupon’s validity has ended.',
  COUPON_USED_UP: 'The coupon has no use left: redeemed, or held by a purchase another till is calculating.',
  COUPON_NOT_YOURS: 'The coupon was issued to another member (or the receipt names no member).',
  LIMIT_EXCEEDED: 'A limit against fraud refuses the operation; the message names the limit. The refusal is recorded for the security service.',
  LIMIT_NOT_FOUND: 'No such limit in the company.',
  LIMIT_SUBJECT_NOT_FOUND:
    'The limit’s subjectId names no terminal (TERMINAL_* metrics) or point of sale (POINT_OF_SALE_* metrics) of the caller’s company; nothing was created or changed.',
  PAYMENT_CODE_REQUIRED:
    'The code sent to the member by SMS is needed (the point of sale asks for it, or the member was named by phone alone and the point of sale does not allow that without a code); confirm again with it.',
  CODE_INVALID: 'The code sent to the member is wrong; each wrong try uses up one of five.',
  CODE_EXPIRED: 'The code sent to the member has expired (after 5 minutes); ask for a new one.',
  TOO_MANY_ATTEMPTS: 'Five wrong codes were tried; ask for a new one.',
  CODE_REQUESTED_TOO_OFTEN: 'A code was sent to the member less than 30 seconds ago; wait before asking again.',
  OPERATION_NOT_FOUND: 'No such manual operation at the terminal’s point of sale.',
  OPERATION_NOT_PENDING: 'The manual operation is already confirmed or cancelled.',
  OPERATION_EXPIRED: 'The manual operation was not confirmed within the hold time and cancelled itself; calculate it again.',
  REFUND_NOT_FOUND: 'No such return at the terminal’s point of sale.',
  REFUND_NOT_PENDING: 'The return is already confirmed or cancelled.',
  REFUND_EXPIRED: 'The return was not confirmed within the hold time and cancelled itself; calculate it again.',
  LOOKUP_RATE_LIMITED: LOOKUP_RATE_LIMITED_MEANS,
  DATE_OUT_OF_RANGE: 'A date lies before the company’s history start (updateCompanySettings.historyStartsAt) or from 2100 on; the field names it.',
};

export const { ErrorCode, MutationError, errorsField, payloadType } = definePayloadTypes(builder, ERROR_CODES);

export { attempt, type Outcome } from '../../../infra/errors/business-error';
