import { definePayloadTypes } from '../../../infra/graphql/payload-types';
import { builder } from '../builder';
import { LEDGER_ERROR_CODES } from '../domain/errors';

export const { ErrorCode, MutationError, errorsField, payloadType } = definePayloadTypes(builder, LEDGER_ERROR_CODES);

export { attempt, type Outcome } from '../../../infra/errors/business-error';
