import { definePayloadTypes } from '../../../infra/graphql/payload-types';
import { builder } from '../builder';
import type { CommunicationsErrorCode } from '../domain/errors';

/** What each refusal of the communications subgraph means, as clients read it in the ErrorCode enum. */
const ERROR_CODES: Record<CommunicationsErrorCode, string> = {
  INVALID_INPUT: 'An input value is missing, malformed or out of range (a provider setting its kind does not take); field names it.',
  INVALID_DESTINATION: 'Not a phone number in international format (+4915…) or an email address, as the channel needs.',
  PROVIDER_NOT_FOUND: 'No provider with this id in the caller’s company.',
  PROVIDER_NAME_TAKEN: 'The company already has a provider with this name.',
  PROVIDER_FAILED: 'The provider refused the message or could not be reached; the message says what it answered.',
  TEMPLATE_VARIABLE_UNKNOWN: 'The template names a variable its kind of message does not have; the message lists those it has.',
  TEMPLATE_VARIABLE_MISSING: 'The template leaves out a variable its kind of message must show (a code’s message without the code).',
  SMS_TOO_LONG: 'With its variables at their longest, the text takes more SMS parts than its kind of message may; the message says how many.',
  TEMPLATE_NOT_FOUND: 'The company has no template of this kind, channel and language.',
  INVALID_DEVICE_TOKEN: 'Not a token of the push service named (FCM: URL-safe text; APNs: hex; Huawei: URL-safe text).',
  DEVICE_NOT_FOUND: 'None of the member’s app installations in use has this token.',
  MESSAGE_NOT_FOUND: 'No message of the member’s inbox has this id; field names which one.',
  CAMPAIGN_NOT_FOUND: 'No campaign with this id in the caller’s company.',
  CAMPAIGN_NAME_TAKEN: 'The company already has a campaign with this name.',
  MAILING_NOT_FOUND: 'No mailing with this id in the caller’s company.',
  MAILING_STATE_CONFLICT:
    'The mailing is not in a state that allows this (a started one is not edited, a finished one not paused); the message says which it is in.',
  AUDIENCE_NOT_FOUND: 'The company has no target audience with this id (or it was deleted).',
  START_TIME_IN_PAST: 'The start time has passed: start now (leave startAt out) or name a time ahead.',
  TICKET_NOT_FOUND: 'No ticket with this id among the caller’s (a member’s own, support’s company’s).',
};

export const { ErrorCode, MutationError, errorsField, payloadType, donePayloadType } = definePayloadTypes(builder, ERROR_CODES);
export { attempt } from '../../../infra/errors/business-error';
