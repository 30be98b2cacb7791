import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { buildSchema, getNamedType, isInterfaceType, isObjectType, parse } from 'graphql';
import { CreateFamilyDocument, InviteToFamilyDocument, JoinFamilyDocument } from '../e2e/__generated__/operations';
import { usePlatformWithCompany } from '../support/fixture';
import { call, request } from '../support/graphql-client';
import { registerSignedInMember, seedCompany, seedTerminal } from '../support/seed';

/**
 * Who sees what of a person. One rule (subgraphs/members/schema/visibility.ts) sits on the Member
 * and Card types, so every path that reaches a person is covered; this walks the paths as each kind
 * of caller and checks what comes back. A new field returning a Member or a Card fails the first
 * test until it is added to PATHS with the way it is covered.
 */
const env = usePlatformWithCompany({ events: true });

/** Every field of the public API that returns a Member or a Card, and the walk below that exercises it. */
const PATHS: Record<string, string> = {
  'Query.me': 'the owner reads themself',
  'Query.member': 'lookups by every kind of caller',
  'Query.card': 'card lookups by every kind of caller',
  'Member.cards': 'lookups by every kind of caller',
  'Card.member': 'card lookups by every kind of caller',
  'Card.replacedBy': 'a Card: the same field rule as every card',
  'Family.head': 'a relative and an invitee read the head',
  'Family.members': 'a relative and an invitee read the family',
  'FamilyInvitation.invitee': 'the head reads the invitee from inviteToFamily',
  'CardPayload.card': 'a Card in a mutation payload: the same field rule',
  'MemberPayload.member': 'a Member in a mutation payload: the same field rule',
  'RegisterMemberPayload.member': 'a Member in a mutation payload: the same field rule',
  'LoginMemberPayload.member': 'the member signing in is the owner',
  'ResetMemberPasswordPayload.member': 'answered to whoever holds the code, as to that caller (an anonymous one sees nothing personal)',
  'ProfilePayload.member': 'the member changing their profile is the owner; staff see everything',
  'LeaveFamilyPayload.member': 'the member leaving is the owner',
  'ReplaceCardPayload.oldCard': 'a Card in a mutation payload: the same field rule',
  'ReplaceCardPayload.newCard': 'a Card in a mutation payload: the same field rule',
  'QueryMembersConnectionEdge.node': 'Query.members: operators only (scope), who see everything',
  'Audience.members': 'reached through Query.audience(s): marketers and admins only (scope), whom the Member rule shows members of their company',
};

test('every field that returns a Member or a Card is listed with the walk that covers it', () => {
  const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema/api.graphql'), 'utf8'));
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (['Member', 'Card'].includes(getNamedType(field.type).name)) found.push(`${type.name}.${field.name}`);
    }
  }
  expect(found.filter((coordinate) => !(coordinate in PATHS))).toEqual([]);
  expect(Object.keys(PATHS).filter((coordinate) => !found.includes(coordinate))).toEqual([]);
});

const doc = (source: string) => parse(source) as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;
const PERSON = 'id state phone email firstName lastName birthDate canSpend eReceiptConsent createdAt cards { number } family { id }';
const MEMBER_LOOKUP = doc(`query($id: ID!) { member(id: $id) { ${PERSON} balance { active } } }`);
const CARD_LOOKUP = doc(`query($number: String!) { card(number: $number) { number state blockedAt member { ${PERSON} } } }`);
const FAMILY_VIEW = doc(`query { me { family { head { ${PERSON} } members { ${PERSON} } } } }`);
const INVITATIONS_VIEW = doc(`query { myFamilyInvitations { family { head { ${PERSON} } members { ${PERSON} } } } }`);
const INVITE = doc(
  `mutation($phone: String!) { inviteToFamily(input: { inviteePhone: $phone }) { invitation { inviteePhone invitee { ${PERSON} } } errors { code } } }`,
);

type Person = Awaited<ReturnType<typeof registerSignedInMember>>;

/** What each kind of caller must see of a person, given who the person is. */
function expectedView(kind: 'OWNER' | 'STAFF' | 'TILL' | 'PEER', person: Person) {
  const { member, input } = person;
  const everything = {
    id: member.id,
    state: 'REGISTERED',
    phone: input.phone,
    email: input.email ?? null,
    firstName: input.firstName ?? null,
    lastName: input.lastName ?? null,
    birthDate: input.birthDate ?? null,
    canSpend: true,
    eReceiptConsent: false,
    createdAt: expect.any(String),
    cards: member.cards.map((c) => ({ number: c.number })),
    family: expect.anything(),
  };
  const hidden = { state: null, phone: null, email: null, firstName: null, lastName: null, birthDate: null, canSpend: null, eReceiptConsent: null };
  const nothing = { ...hidden, id: member.id, createdAt: null, cards: [], family: null };
  if (kind === 'OWNER' || kind === 'STAFF') return everything;
  if (kind === 'TILL') return { ...nothing, state: 'REGISTERED', canSpend: true, firstName: everything.firstName, lastName: `${String(input.lastName)[0]}.` };
  return { ...nothing, firstName: everything.firstName, phone: `+49${'•'.repeat(String(input.phone).length - 5)}${String(input.phone).slice(-2)}` };
}

describe('as each kind of caller', () => {
  let owner: Person;
  let relative: Person;
  let invitee: Person;
  let stranger: Person;
  let till: string;
  let otherCompanyAdmin: string;
  const staff: Record<string, string> = {};

  beforeAll(async () => {
    owner = await registerSignedInMember(env.platform, env.company);
    relative = await registerSignedInMember(env.platform, env.company);
    invitee = await registerSignedInMember(env.platform, env.company);
    stranger = await registerSignedInMember(env.platform, env.company);
    await request(env.platform.gatewayUrl, CreateFamilyDocument, { input: {} }, { token: owner.token });
    const invited = await request(env.platform.gatewayUrl, InviteToFamilyDocument, { input: { inviteeMemberId: relative.member.id } }, { token: owner.token });
    await request(
      env.platform.gatewayUrl,
      JoinFamilyDocument,
      { input: { invitationId: invited.inviteToFamily.invitation?.id as string } },
      { token: relative.token },
    );
    till = (await seedTerminal(env.platform, env.company.adminToken)).token;
    for (const role of ['ADMIN', 'OPERATOR', 'MARKETER', 'SECURITY'] as const) staff[role] = await env.company.operator(role);
    otherCompanyAdmin = (await seedCompany(env.platform)).adminToken;
  });

  test('a member looked up: everything to the owner and staff, the till view to a terminal, nothing to other members or companies', async () => {
    const lookup = async (token?: string) => (await call(env.platform.gatewayUrl, MEMBER_LOOKUP, { id: owner.member.id }, { token })).data?.member ?? null;
    const { balance: ownBalance, ...own } = (await lookup(owner.token)) as Record<string, unknown>;
    expect(own).toEqual(expectedView('OWNER', owner));
    expect(ownBalance).toEqual({ active: '0.00' });
    for (const [role, token] of Object.entries(staff)) {
      const { balance, ...seen } = (await lookup(token)) as Record<string, unknown>;
      expect({ role, seen, balance }).toEqual({ role, seen: expectedView('STAFF', owner), balance: { active: '0.00' } });
    }
    const { balance: tillBalance, ...atTheTill } = (await lookup(till)) as Record<string, unknown>;
    expect(atTheTill).toEqual(expectedView('TILL', owner));
    expect(tillBalance).toEqual({ active: '0.00' });
    for (const token of [relative.token, invitee.token, stranger.token, otherCompanyAdmin]) expect(await lookup(token)).toBeNull();
    expect((await call(env.platform.gatewayUrl, MEMBER_LOOKUP, { id: owner.member.id })).data?.member ?? null).toBeNull();
  });

  test('a card looked up: its holder as the same rule shows them; other members and companies get nothing', async () => {
    const number = owner.member.cards[0]?.number as string;
    const lookup = async (token: string) =>
      (await call(env.platform.gatewayUrl, CARD_LOOKUP, { number }, { token })).data?.card as Record<string, unknown> | null;
    expect(await lookup(owner.token)).toEqual({ number, state: 'ACTIVE', blockedAt: null, member: expectedView('OWNER', owner) });
    expect(await lookup(staff.OPERATOR as string)).toEqual({ number, state: 'ACTIVE', blockedAt: null, member: expectedView('STAFF', owner) });
    expect(await lookup(till)).toEqual({ number, state: 'ACTIVE', blockedAt: null, member: expectedView('TILL', owner) });
    for (const token of [relative.token, stranger.token, otherCompanyAdmin]) expect(await lookup(token)).toBeNull();
  });

  test('a relative sees the family’s first names and masked phones, not their contacts, cards or balances', async () => {
    const { data } = await call(env.platform.gatewayUrl, FAMILY_VIEW, {}, { token: relative.token });
    const family = (data?.me as { family: { head: unknown; members: Array<{ id: string }> } } | undefined)?.family ?? { head: null, members: [] };
    expect(family.head).toEqual(expectedView('PEER', owner));
    const others = family.members.filter((m) => m.id !== relative.member.id);
    expect(others).toEqual([expectedView('PEER', owner)]);
    expect(family.members.find((m) => m.id === relative.member.id)).toEqual(expectedView('OWNER', relative));
  });

  test('an invitation by phone shows the inviter the masked phone only (not who holds it), the invitee a first name and masked phones', async () => {
    const { data } = await call(env.platform.gatewayUrl, INVITE, { phone: invitee.input.phone }, { token: owner.token });
    const invited = data?.inviteToFamily as { invitation: { invitee: unknown; inviteePhone: string }; errors: unknown[] };
    expect(invited.errors).toEqual([]);
    // Naming the holder (even by first name) would tell the inviter the phone is registered.
    expect(invited.invitation.invitee).toBeNull();
    expect(invited.invitation.inviteePhone).toBe(expectedView('PEER', invitee).phone);
    const seen = await call(env.platform.gatewayUrl, INVITATIONS_VIEW, {}, { token: invitee.token });
    const [invitation] = (seen.data?.myFamilyInvitations ?? []) as Array<{ family: { head: unknown; members: unknown[] } }>;
    expect(invitation?.family.head).toEqual(expectedView('PEER', owner));
    expect(invitation?.family.members).toEqual(expect.arrayContaining([expectedView('PEER', owner), expectedView('PEER', relative)]));
  });

  test('a relative’s balance is not readable through the family either', async () => {
    const query = doc('query { me { family { head { id balance { active } } } } }');
    const result = await call(env.platform.gatewayUrl, query, {}, { token: relative.token });
    const head = (result.data?.me as { family: { head: { id: string; balance: unknown } } } | undefined)?.family.head;
    expect(head).toEqual({ id: owner.member.id, balance: null });
  });
});
