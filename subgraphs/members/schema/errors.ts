import { builder } from '../builder';
import { DomainError, MEMBER_ERROR_CODES, type MemberErrorCode, ValidationErrors } from '../domain/errors';

export const ErrorCode = builder.enumType('ErrorCode', {
  description: 'Why a mutation was refused. Clients branch on these; messages are for people.',
  values: MEMBER_ERROR_CODES,
});

/** A refusal as clients see it. Plain data: graphql-js would treat an Error instance as a field error. */
export interface PayloadError {
  code: MemberErrorCode;
  message: string;
  field: string | null;
}

export const MutationError = builder.objectRef<PayloadError>('MutationError').implement({
  description: 'An expected business failure: nothing was changed.',
  shareable: true,
  fields: (t) => ({
    code: t.field({ type: ErrorCode, resolve: (error) => error.code }),
    message: t.exposeString('message'),
    field: t.string({ nullable: true, description: 'The input field at fault, when there is one.', resolve: (error) => error.field }),
  }),
});

/** What a mutation resolver hands its payload type: the result, or the reasons it was refused. */
export interface Outcome<T> {
  result: T | null;
  errors: PayloadError[];
}

function toPayloadError(error: DomainError): PayloadError {
  return { code: error.code, message: error.message, field: error.field };
}

/**
 * Runs a use case and turns its business failures into payload errors. Anything else (permission
 * failures, bugs) stays a GraphQL error.
 */
export async function attempt<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { result: await run(), errors: [] };
  } catch (error) {
    if (error instanceof ValidationErrors) return { result: null, errors: error.errors.map(toPayloadError) };
    if (error instanceof DomainError) return { result: null, errors: [toPayloadError(error)] };
    throw error;
  }
}
