import type { PayloadError } from '../../../infra/errors/business-error';
import { builder } from '../builder';
import { MEMBER_ERROR_CODES, type MemberErrorCode } from '../domain/errors';

export const ErrorCode = builder.enumType('ErrorCode', {
  description: 'Why a mutation was refused. Clients branch on these; messages are for people.',
  values: MEMBER_ERROR_CODES,
});

export const MutationError = builder.objectRef<PayloadError>('MutationError').implement({
  description: 'An expected business failure: nothing was changed.',
  shareable: true,
  fields: (t) => ({
    code: t.field({ type: ErrorCode, resolve: (error) => error.code as MemberErrorCode }),
    message: t.exposeString('message'),
    field: t.string({ nullable: true, description: 'The input field at fault, when there is one.', resolve: (error) => error.field }),
  }),
});

export { attempt, type Outcome } from '../../../infra/errors/business-error';
