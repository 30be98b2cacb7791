import { builder, type MembersTypes } from '../builder';
import type { SessionTokens } from '../services/session-service';
import { attempt, errorsField, type Outcome } from './errors';

/**
 * The fields every sign-in payload carries (loginOperator, loginMember, loginTerminal,
 * refreshSession): the access token and the refresh token that renews it.
 */
export function sessionTokenFields<T extends SessionTokens>(t: PothosSchemaTypes.ObjectFieldBuilder<MembersTypes, Outcome<T>>) {
  return {
    token: t.string({
      nullable: true,
      description:
        'Send as `Authorization: Bearer <token>`. Valid for 15 minutes (see expiresAt); renew it with refreshSession before then. Null when errors is not empty.',
      resolve: (o) => o.result?.token ?? null,
    }),
    expiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the token stops working. Null when errors is not empty.',
      resolve: (o) => o.result?.expiresAt ?? null,
    }),
    refreshToken: t.string({
      nullable: true,
      description:
        'Keep it secret (it renews the session): give it to refreshSession for a new token; each refresh token works once, and the answer carries the next. Null when errors is not empty.',
      resolve: (o) => o.result?.refreshToken ?? null,
    }),
    refreshExpiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Until when the refresh token can be used; each refresh moves it on. Null when errors is not empty.',
      resolve: (o) => o.result?.refreshExpiresAt ?? null,
    }),
  };
}

const RefreshSessionInput = builder.inputType('RefreshSessionInput', {
  description: 'The refresh token a sign-in or the last refresh gave.',
  fields: (t) => ({ refreshToken: t.string({ required: true, description: 'The latest refresh token of the session.' }) }),
});

const RefreshSessionPayload = builder.objectRef<Outcome<SessionTokens>>('RefreshSessionPayload').implement({
  description: 'What refreshSession answers: a new token and the next refresh token, or why the session is over.',
  fields: (t) => ({ ...sessionTokenFields(t), errors: errorsField(t) }),
});

builder.mutationField('refreshSession', (t) =>
  t.field({
    type: RefreshSessionPayload,
    description:
      'Anyone holding a refresh token: renews its session with a new access token and a new refresh token; the one given is used up. A used-up refresh token presented again ends the session (it was copied). A session ended by sign-out, a password change, a blocked account, an opt-out or a deactivated terminal cannot be renewed. Errors: SESSION_ENDED.',
    args: { input: t.arg({ type: RefreshSessionInput, required: true, description: 'The refresh token.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.sessions.refresh(input)),
  }),
);

const SignOutInput = builder.inputType('SignOutInput', {
  description: 'Which sessions to end.',
  fields: (t) => ({ everywhere: t.boolean({ description: 'End every session of the caller (all devices), not only this one.' }) }),
});

const SignOutPayload = builder.objectRef<Outcome<{ signedOut: true }>>('SignOutPayload').implement({
  description: 'What signOut answers.',
  fields: (t) => ({
    signedOut: t.boolean({ description: 'The session (or every session) is over; false when errors is not empty.', resolve: (o) => o.result !== null }),
    errors: errorsField(t),
  }),
});

builder.mutationField('signOut', (t) =>
  t.field({
    type: SignOutPayload,
    description:
      'Any signed-in caller: ends this session (or, with everywhere, every session of theirs); their tokens stop working within a second and the refresh token cannot renew it. Errors: INVALID_INPUT.',
    authScopes: { signedIn: true, changingPassword: true },
    args: { input: t.arg({ type: SignOutInput, required: true, description: 'Whether to end every session.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.sessions.signOut(ctx.identity, input)),
  }),
);
