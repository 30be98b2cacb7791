import { definePayloadTypes } from '../../../infra/graphql/payload-types';
import { builder } from '../builder';
import { MEMBER_ERROR_CODES } from '../domain/errors';

export const { ErrorCode, MutationError, errorsField, payloadType } = definePayloadTypes(builder, MEMBER_ERROR_CODES);

export { attempt, type Outcome } from '../../../infra/errors/business-error';
