import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';

export interface CallOptions {
  token?: string | null;
  headers?: Record<string, string>;
}

/** Sends a typed operation over real HTTP and returns the raw GraphQL result. */
export async function call<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: CallOptions = {},
): Promise<ExecutionResult<TResult> & { status: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as ExecutionResult<TResult>;
  return { ...body, status: response.status };
}

/** Like `call`, but fails with the operation and the response printed when GraphQL errors come back. */
export async function request<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: CallOptions = {},
): Promise<TResult> {
  const result = await call(url, document, variables, options);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors for\n${print(document)}\nvariables: ${JSON.stringify(variables)}\nresponse: ${JSON.stringify(result, null, 2)}`);
  }
  return result.data;
}

/** The codes of GraphQL (not payload) errors, for permission checks. */
export function errorCodes(result: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }): string[] {
  return (result.errors ?? []).map((error) => String(error.extensions?.code));
}
