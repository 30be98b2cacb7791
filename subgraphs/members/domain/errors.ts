import { BusinessError, ValidationErrors } from '../../../infra/errors/business-error';

/**
 * Expected business failures of the members subgraph. They travel to clients in mutation payloads
 * as `errors: [{ code, message, field }]`; anything else is a bug or a permission failure.
 */
export const MEMBER_ERROR_CODES = [
  'INVALID_INPUT',
  'INVALID_PHONE',
  'INVALID_EMAIL',
  'INVALID_BIRTH_DATE',
  'WEAK_PASSWORD',
  'REQUIRED_FIELD_MISSING',
  'CHANNEL_DISABLED',
  'CHANNEL_NOT_ALLOWED',
  'COMPANY_REQUIRED',
  'COMPANY_NOT_FOUND',
  'PHONE_TAKEN',
  'EMAIL_TAKEN',
  'MEMBER_NOT_FOUND',
  'MEMBER_BLOCKED',
  'MEMBER_NOT_BLOCKED',
  'MEMBER_NOT_REGISTERED',
  'CARD_NOT_FOUND',
  'INVALID_CARD_NUMBER',
  'CARD_BLOCKED',
  'CARD_NOT_BLOCKED',
  'CARD_NOT_BLANK',
  'CARD_ALREADY_BOUND',
  'CARD_REPLACED',
  'CARD_NUMBER_CONFLICT',
  'REFERRAL_CODE_NOT_FOUND',
  'POINT_OF_SALE_NOT_FOUND',
  'OPERATOR_EMAIL_TAKEN',
  'OPERATOR_NOT_FOUND',
  'TERMINAL_NOT_FOUND',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'SESSION_ENDED',
  'CODE_INVALID',
  'CODE_EXPIRED',
  'CODE_REQUESTED_TOO_OFTEN',
  'TOO_MANY_CODE_REQUESTS',
  'WRONG_PASSWORD',
  'ALREADY_IN_FAMILY',
  'NOT_IN_FAMILY',
  'NOT_FAMILY_HEAD',
  'FAMILY_HEAD_CANNOT_LEAVE',
  'INVITATION_NOT_FOUND',
  'IDEMPOTENCY_CONFLICT',
  'LOOKUP_RATE_LIMITED',
  'HISTORY_HAS_OPERATIONS',
] as const;

export type MemberErrorCode = (typeof MEMBER_ERROR_CODES)[number];

/** A members refusal; the transaction rolls back and the payload carries it. */
export class DomainError extends BusinessError<MemberErrorCode> {}

export { ValidationErrors };

export class CardBlockedError extends DomainError {
  constructor(cardNumber: string, field = 'cardNumber') {
    super('CARD_BLOCKED', `Card ${cardNumber} is blocked`, field);
  }
}

export class MemberBlockedError extends DomainError {
  constructor(field: string | null = null) {
    super('MEMBER_BLOCKED', 'The member account is blocked', field);
  }
}

export class MemberNotFoundError extends DomainError {
  constructor(field: string | null = 'memberId') {
    super('MEMBER_NOT_FOUND', 'No such member in this company', field);
  }
}

export class CardNotFoundError extends DomainError {
  constructor(field = 'cardNumber') {
    super('CARD_NOT_FOUND', 'No such card in this company', field);
  }
}
