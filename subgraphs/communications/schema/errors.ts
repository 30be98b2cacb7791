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
};

export const { ErrorCode, MutationError, errorsField, payloadType } = definePayloadTypes(builder, ERROR_CODES);
export { attempt } from '../../../infra/errors/business-error';
