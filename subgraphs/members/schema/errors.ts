import { GraphQLError } from 'graphql';
import { builder } from '../builder';
import { DomainError, MEMBER_ERROR_CODES, ValidationErrors } from '../domain/errors';

export const ErrorCode = builder.enumType('ErrorCode', {
  description: 'Why a mutation was refused. Clients branch on these; messages are for people.',
  values: MEMBER_ERROR_CODES,
});

export const MutationError = builder.objectRef<DomainError>('MutationError').implement({
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
  errors: DomainError[];
}

/**
 * Runs a use case and turns its business failures into payload errors. Anything else (permission
 * failures, bugs) stays a GraphQL error.
 */
export async function attempt<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { result: await run(), errors: [] };
  } catch (error) {
    if (error instanceof ValidationErrors) return { result: null, errors: error.errors };
    if (error instanceof DomainError) return { result: null, errors: [error] };
    if (error instanceof GraphQLError) throw error;
    throw error;
  }
}
