import { definePayloadTypes } from '../../../infra/graphql/payload-types';
import { LOOKUP_RATE_LIMITED_MEANS } from '../../../infra/throttle/lookup-throttle';
import { builder } from '../builder';
import type { MemberErrorCode } from '../domain/errors';

/** What each refusal of the members subgraph means, as clients read it in the ErrorCode enum. */
const ERROR_CODES: Record<MemberErrorCode, string> = {
  INVALID_INPUT:
    'An input value is missing, malformed or out of range (a name, a memberId an operator must give, an idempotency key, a setting); field names it.',
  INVALID_PHONE: 'The phone is not an international number (e.g. +491701234567; a leading 00 counts as +).',
  INVALID_EMAIL: 'The email address is not valid.',
  INVALID_BIRTH_DATE: 'The birth date is in the future or implausibly far back.',
  WEAK_PASSWORD: 'The password needs 8 to 128 characters with letters and digits.',
  REQUIRED_FIELD_MISSING: 'A field the registration channel requires is missing (the phone always), or a self-registration lacks its verification code.',
  CHANNEL_DISABLED: 'The company has switched this registration channel off.',
  CHANNEL_NOT_ALLOWED: 'The caller may not register through this channel: terminals register through POS.',
  COMPANY_REQUIRED: 'The platform hosts more than one program: name the company.',
  COMPANY_NOT_FOUND: 'No such company.',
  PHONE_TAKEN: 'The phone belongs to another member (a registered one, for registrations).',
  EMAIL_TAKEN: 'The email address belongs to another member.',
  MEMBER_NOT_FOUND: 'No such member in the caller’s company, or the member has left the program.',
  MEMBER_BLOCKED: 'The member’s account is blocked (blockMemberAccount: it is blocked already).',
  MEMBER_NOT_BLOCKED: 'The member’s account is not blocked.',
  MEMBER_NOT_REGISTERED: 'Only registered members take part in families.',
  CARD_NOT_FOUND: 'No such card in the caller’s company (a member: among their own cards), or the card is not bound to a member where it must be.',
  INVALID_CARD_NUMBER: 'The card number is not 16 digits with a valid check digit.',
  CARD_BLOCKED: 'The card is blocked or was replaced.',
  CARD_NOT_BLOCKED: 'The card is not blocked.',
  CARD_NOT_BLANK: 'The new card is already bound to a member.',
  CARD_ALREADY_BOUND: 'The card is already bound (to another member, for registrations).',
  CARD_REPLACED: 'The card was already replaced.',
  CARD_NUMBER_CONFLICT: 'The batch’s number range overlaps cards that exist.',
  REFERRAL_CODE_NOT_FOUND: 'No registered member of the company holds the referral code given.',
  POINT_OF_SALE_NOT_FOUND: 'No such point of sale in the company.',
  OPERATOR_EMAIL_TAKEN: 'An operator with this email address exists.',
  OPERATOR_NOT_FOUND: 'No such operator in the caller’s company.',
  TERMINAL_NOT_FOUND: 'No such cash register in the caller’s company.',
  INVALID_CREDENTIALS: 'The sign-in failed: the identifier or the secret is wrong (which one is not told).',
  TOO_MANY_ATTEMPTS:
    'Too many failures: signing in is locked for 15 minutes after 5 failures in 15 minutes, or a one-time code is used up after 5 wrong tries.',
  SESSION_ENDED: 'The refresh token is unknown, used up, expired or its session was ended (signed out, password changed, account blocked): sign in again.',
  CODE_INVALID: 'The one-time code is wrong, was used or was not requested.',
  CODE_EXPIRED: 'The one-time code has expired (after 10 minutes); request a new one.',
  CODE_REQUESTED_TOO_OFTEN: 'A code was sent to this phone or address less than 30 seconds ago; wait before asking again.',
  TOO_MANY_CODE_REQUESTS:
    'Too many codes were asked in the last minute from the caller’s network, or for the whole program (`CODE_REQUESTS_PER_MINUTE_PER_ADDRESS`, `CODE_REQUESTS_PER_MINUTE_PER_COMPANY`); nothing was sent: try again in a minute.',
  WRONG_PASSWORD: 'The current password is wrong.',
  ALREADY_IN_FAMILY: 'The member (or the invitee) already belongs to a family.',
  NOT_IN_FAMILY: 'The member does not belong to a family.',
  NOT_FAMILY_HEAD: 'Only the family’s head may do this.',
  FAMILY_HEAD_CANNOT_LEAVE: 'The head leaves the family last: the others leave first.',
  INVITATION_NOT_FOUND: 'No pending invitation with this id for the signed-in member.',
  IDEMPOTENCY_CONFLICT: 'The caller used this idempotency key for a different request.',
  LOOKUP_RATE_LIMITED: LOOKUP_RATE_LIMITED_MEANS,
  HISTORY_HAS_OPERATIONS:
    'Bonus operations are dated before the history start asked for: it can move no later than the earliest of them (the message says when).',
};

export const { ErrorCode, MutationError, errorsField, payloadType } = definePayloadTypes(builder, ERROR_CODES);

export { attempt, type Outcome } from '../../../infra/errors/business-error';
