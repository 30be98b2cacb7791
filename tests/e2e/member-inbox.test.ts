import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { call, request } from '../support/graphql-client';
import { lastCodeSentTo, querySql, registerSignedInMember, registerWithCode, seedCompany, signInMember } from '../support/seed';
import { MemberInboxDocument, MyInboxDocument, OptOutDocument, RequestPasswordResetDocument, SetMessagesReadDocument } from './__generated__/operations';

/**
 * The member's inbox (issue 12): what the platform sent them, as they read it, with codes masked,
 * newest first, paged, with read state only they set; support staff of their company read it too.
 */
const env = usePlatformWithCompany({ events: true, communications: true });
const admin = () => ({ token: env.company.adminToken });

/** A member with a reset code sent to them (a message that carries a code), and the code itself. */
async function memberWithCode() {
  const { member, input, token } = await registerSignedInMember(env.platform, env.company);
  const { requestPasswordReset } = await request(env.platform.gatewayUrl, RequestPasswordResetDocument, { input: { memberId: member.id } }, admin());
  expect(requestPasswordReset.errors).toEqual([]);
  const code = await lastCodeSentTo(env.platform, input.phone as string);
  // Read once nothing is on its way to the member: the SMSC has the reset code a moment before its
  // message is recorded as sent, and the member holds an earlier masked code too, so a read before
  // then can miss the reset's message and differ from a later read.
  const inbox = await eventually(async () => {
    const [waiting] = await querySql<{ queued: number }>(
      env.platform,
      "SELECT count(*)::int AS queued FROM communications.messages WHERE member_id = $1 AND status = 'QUEUED'",
      [member.id],
    );
    if ((waiting?.queued ?? 0) > 0) return undefined;
    const { me } = await request(env.platform.gatewayUrl, MyInboxDocument, {}, { token });
    return me?.messages?.edges.some((edge) => edge.node.text.includes('••••••')) ? me : undefined;
  }, 'the reset code in the member’s inbox, nothing else on its way');
  return { member, token, code, inbox };
}

test('a member reads what they were sent, newest first, the code masked, and marks it read and unread', async () => {
  const { token, code, inbox } = await memberWithCode();
  const messages = inbox?.messages?.edges.map((edge) => edge.node) ?? [];
  const withCode = messages.find((message) => message.text.includes('••••••'));
  expect(withCode).toMatchObject({ channel: 'SMS', read: false });
  expect(JSON.stringify(inbox)).not.toContain(code);
  const sentAts = messages.map((message) => message.sentAt);
  expect([...sentAts].sort().reverse()).toEqual(sentAts);
  expect(inbox?.unreadMessageCount).toBe(messages.length);

  const mark = (input: Record<string, unknown>) => request(env.platform.gatewayUrl, SetMessagesReadDocument, { input: input as never }, { token });
  expect((await mark({ messageIds: [withCode?.id], read: true })).setMessagesRead).toEqual({ changed: 1, errors: [] });
  // Marking what is read already changes nothing.
  expect((await mark({ messageIds: [withCode?.id], read: true })).setMessagesRead).toEqual({ changed: 0, errors: [] });
  const after = (await request(env.platform.gatewayUrl, MyInboxDocument, {}, { token })).me;
  expect(after?.unreadMessageCount).toBe(messages.length - 1);
  expect(after?.messages?.edges.find((edge) => edge.node.id === withCode?.id)?.node.read).toBe(true);
  const unread = (await request(env.platform.gatewayUrl, MyInboxDocument, { unreadOnly: true }, { token })).me;
  expect(unread?.messages?.edges.map((edge) => edge.node.id)).not.toContain(withCode?.id);

  expect((await mark({ messageIds: [withCode?.id], read: false })).setMessagesRead).toEqual({ changed: 1, errors: [] });
  expect((await mark({ all: true, read: true })).setMessagesRead).toEqual({ changed: messages.length, errors: [] });
  expect((await request(env.platform.gatewayUrl, MyInboxDocument, {}, { token })).me?.unreadMessageCount).toBe(0);
});

test('pages follow each other without gaps or repeats', async () => {
  const { token, inbox } = await memberWithCode();
  const all = inbox?.messages?.edges.map((edge) => edge.node.id) ?? [];
  const seen: string[] = [];
  let after: string | null | undefined;
  for (;;) {
    const page = (await request(env.platform.gatewayUrl, MyInboxDocument, { first: 1, after }, { token })).me?.messages;
    seen.push(...(page?.edges.map((edge) => edge.node.id) ?? []));
    if (!page?.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(seen).toEqual(all);
});

test('a cursor keeps its place when its message is marked read while paging unread ones; a forged cursor is refused alone', async () => {
  const { token, inbox } = await memberWithCode();
  const total = inbox?.messages?.edges.length ?? 0;
  expect(total).toBeGreaterThanOrEqual(2);
  const first = (await request(env.platform.gatewayUrl, MyInboxDocument, { first: 1, unreadOnly: true }, { token })).me?.messages;
  const shown = first?.edges.map((edge) => edge.node.id) ?? [];
  await request(env.platform.gatewayUrl, SetMessagesReadDocument, { input: { messageIds: shown, read: true } }, { token });
  const rest = (await request(env.platform.gatewayUrl, MyInboxDocument, { first: 100, unreadOnly: true, after: first?.pageInfo.endCursor }, { token })).me
    ?.messages;
  expect(rest?.edges.length).toBe(total - 1);

  const forged = Buffer.from(`${new Date().toISOString()}|' OR 1=1--`).toString('base64url');
  const answer = await call(env.platform.gatewayUrl, MyInboxDocument, { after: forged }, { token });
  expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  expect(answer.data?.me?.id).toEqual(expect.any(String));
  expect(answer.data?.me?.messages).toBeNull();
});

test('a member who registered with a code finds it in their inbox (masked), and it goes with them', async () => {
  const { member, input } = await registerWithCode(env.platform, env.company.companyId, { password: 'inbox-pass-1' });
  const token = await signInMember(env.platform, env.company.companyId, input.phone as string, 'inbox-pass-1');
  const inbox = await eventually(async () => {
    const { me } = await request(env.platform.gatewayUrl, MyInboxDocument, {}, { token });
    return me?.messages?.edges.some((edge) => edge.node.kind === 'VERIFICATION_CODE') ? me : undefined;
  }, 'the registration code in the new member’s inbox');
  const code = inbox?.messages?.edges.find((edge) => edge.node.kind === 'VERIFICATION_CODE')?.node;
  expect(code?.text).toContain('••••••');
  const { optOut } = await request(env.platform.gatewayUrl, OptOutDocument, { input: {} }, { token });
  expect(optOut.errors).toEqual([]);
  await eventually(async () => {
    const rows = await querySql(env.platform, 'SELECT 1 FROM communications.messages WHERE member_id = $1 OR id = $2', [member.id, code?.id]);
    return rows.length === 0 ? true : undefined;
  }, 'the registration code erased with the member');
});

test('another member neither reads nor marks the inbox; bad input changes nothing', async () => {
  const { member, inbox } = await memberWithCode();
  const other = await registerSignedInMember(env.platform, env.company);
  const id = inbox?.messages?.edges[0]?.node.id as string;

  const { member: seenByOther } = await request(env.platform.gatewayUrl, MemberInboxDocument, { id: member.id }, { token: other.token });
  expect(seenByOther).toBeNull();
  const markByOther = await request(env.platform.gatewayUrl, SetMessagesReadDocument, { input: { messageIds: [id], read: true } }, { token: other.token });
  expect(markByOther.setMessagesRead).toEqual({ changed: null, errors: [{ code: 'MESSAGE_NOT_FOUND', field: 'messageIds.0' }] });

  const mark = (input: Record<string, unknown>) => request(env.platform.gatewayUrl, SetMessagesReadDocument, { input: input as never }, { token: other.token });
  for (const input of [{ read: true }, { messageIds: [id], all: true, read: true }, { messageIds: [], read: true }]) {
    const { setMessagesRead } = await mark(input);
    expect(setMessagesRead.errors.map((error) => error.code)).toEqual(['INVALID_INPUT']);
  }
  expect((await mark({ messageIds: ['not-an-id'], read: true })).setMessagesRead.errors).toEqual([{ code: 'MESSAGE_NOT_FOUND', field: 'messageIds.0' }]);
  const [row] = await querySql<{ read_at: Date | null }>(env.platform, 'SELECT read_at FROM communications.messages WHERE id = $1', [id]);
  expect(row?.read_at).toBeNull();
});

test('support staff of the company read a member’s inbox; another company’s admin does not, nor does anyone see a badge but the member', async () => {
  const { member, inbox } = await memberWithCode();
  const { member: seenByAdmin } = await request(env.platform.gatewayUrl, MemberInboxDocument, { id: member.id }, admin());
  expect(seenByAdmin?.messages?.edges.map((edge) => edge.node.id)).toEqual(inbox?.messages?.edges.map((edge) => edge.node.id));
  expect(seenByAdmin?.unreadMessageCount).toBeNull();

  const stranger = await seedCompany(env.platform);
  const { member: seenByStranger } = await request(env.platform.gatewayUrl, MemberInboxDocument, { id: member.id }, { token: stranger.adminToken });
  expect(seenByStranger?.messages?.edges ?? []).toEqual([]);
});

test('an opted-out member’s inbox is gone with them', async () => {
  const { member, token } = await memberWithCode();
  const { optOut } = await request(env.platform.gatewayUrl, OptOutDocument, { input: {} }, { token });
  expect(optOut.errors).toEqual([]);
  await eventually(async () => {
    const rows = await querySql(env.platform, 'SELECT 1 FROM communications.messages WHERE member_id = $1', [member.id]);
    return rows.length === 0 ? true : undefined;
  }, 'the member’s messages erased');
});
