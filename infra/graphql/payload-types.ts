import type { ObjectRef, SchemaTypes } from '@pothos/core';
import type { Outcome, PayloadError } from '../errors/business-error';

/**
 * The types every mutation payload uses, defined on a subgraph's builder: the `ErrorCode` enum
 * (each subgraph lists its own codes; federation merges them), the shareable `MutationError`, the
 * `errors` field and a payload type for mutations that yield one object.
 */
export function definePayloadTypes<Types extends SchemaTypes>(builder: PothosSchemaTypes.SchemaBuilder<Types>, codes: readonly string[]) {
  const ErrorCode = builder.enumType('ErrorCode', {
    description: 'Why a mutation was refused. Clients branch on these; messages are for people.',
    values: codes as readonly string[] & [string, ...string[]],
  });

  const MutationError = builder.objectRef<PayloadError>('MutationError').implement({
    description: 'An expected business failure: nothing was changed.',
    shareable: true,
    // Pothos checks resolver results against conditional types it cannot evaluate for an open
    // builder type; the values are plain strings, so the casts assert nothing beyond that.
    fields: (t) => ({
      code: t.field({ type: ErrorCode, resolve: (error) => error.code as never }),
      message: t.field({ type: 'String', resolve: (error) => error.message as never }),
      field: t.field({ type: 'String', nullable: true, description: 'The input field at fault, when there is one.', resolve: (error) => error.field as never }),
    }),
  });

  /** The `errors` field every payload carries; empty on success. */
  function errorsField<T>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Outcome<T>>) {
    return t.field({ type: [MutationError], resolve: (outcome) => outcome.errors as never });
  }

  /**
   * The payload of a mutation that yields one object: `{ <resultField>: T, errors: [MutationError!]! }`.
   * The result is null exactly when errors is not empty.
   */
  function payloadType<T>(name: string, resultField: string, resultType: ObjectRef<Types, T>, description: string) {
    return builder.objectRef<Outcome<T>>(name).implement({
      description,
      fields: (t) => ({
        // Pothos cannot resolve its result-type conditionals for an open generic T; the ref fixes T.
        [resultField]: t.field({ type: resultType, nullable: true, resolve: (outcome) => outcome.result as never }),
        errors: errorsField(t),
      }),
    });
  }

  return { ErrorCode, MutationError, errorsField, payloadType };
}
