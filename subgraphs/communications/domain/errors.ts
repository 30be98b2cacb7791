import { BusinessError } from '../../../infra/errors/business-error';

/** Expected business failures of the communications subgraph; they reach clients as payload errors. */
export const COMMUNICATIONS_ERROR_CODES = [
  'INVALID_INPUT',
  'INVALID_DESTINATION',
  'PROVIDER_NOT_FOUND',
  'PROVIDER_NAME_TAKEN',
  'PROVIDER_FAILED',
  'TEMPLATE_VARIABLE_UNKNOWN',
  'TEMPLATE_VARIABLE_MISSING',
  'SMS_TOO_LONG',
  'TEMPLATE_NOT_FOUND',
  'INVALID_DEVICE_TOKEN',
  'DEVICE_NOT_FOUND',
  'MESSAGE_NOT_FOUND',
  'CAMPAIGN_NOT_FOUND',
  'CAMPAIGN_NAME_TAKEN',
  'MAILING_NOT_FOUND',
  'MAILING_STATE_CONFLICT',
  'AUDIENCE_NOT_FOUND',
  'START_TIME_IN_PAST',
  'TICKET_NOT_FOUND',
] as const;

export type CommunicationsErrorCode = (typeof COMMUNICATIONS_ERROR_CODES)[number];

export class CommunicationsError extends BusinessError<CommunicationsErrorCode> {}
