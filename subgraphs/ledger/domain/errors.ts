import { BusinessError } from '../../../infra/errors/business-error';

/** Expected business failures of the ledger; they reach clients as payload errors. */
export const LEDGER_ERROR_CODES = [
  'INVALID_INPUT',
  'INVALID_AMOUNT',
  'MEMBER_NOT_FOUND',
  'MEMBER_BLOCKED',
  'MEMBER_CANNOT_SPEND',
  'CURRENCY_NOT_FOUND',
  'CURRENCY_CODE_TAKEN',
  'INSUFFICIENT_BALANCE',
  'INVALID_RECEIPT',
  'PAYMENT_EXCEEDS_SHARE',
  'CARD_NOT_FOUND',
  'CARD_BLOCKED',
  'INVALID_PHONE',
  'PURCHASE_NOT_FOUND',
  'PURCHASE_NOT_PENDING',
  'PURCHASE_EXPIRED',
  'PURCHASE_NOT_CONFIRMED',
  'IDEMPOTENCY_CONFLICT',
  'LIMIT_EXCEEDED',
  'LIMIT_NOT_FOUND',
  'LIMIT_SUBJECT_NOT_FOUND',
  'PAYMENT_CODE_REQUIRED',
  'CODE_INVALID',
  'CODE_EXPIRED',
  'TOO_MANY_ATTEMPTS',
  'CODE_REQUESTED_TOO_OFTEN',
  'OPERATION_NOT_FOUND',
  'OPERATION_NOT_PENDING',
  'OPERATION_EXPIRED',
  'REFUND_NOT_FOUND',
  'REFUND_NOT_PENDING',
  'REFUND_EXPIRED',
  'DATE_OUT_OF_RANGE',
  'LOOKUP_RATE_LIMITED',
  'COUPON_NOT_FOUND',
  'COUPON_EXPIRED',
  'COUPON_USED_UP',
  'COUPON_NOT_YOURS',
] as const;

export type LedgerErrorCode = (typeof LEDGER_ERROR_CODES)[number];

export class LedgerError extends BusinessError<LedgerErrorCode> {}

export class InsufficientBalanceError extends LedgerError {
  constructor(available: string, requested: string, field = 'amount') {
    super('INSUFFICIENT_BALANCE', `Only ${available} can be spent now; ${requested} was asked`, field);
  }
}
