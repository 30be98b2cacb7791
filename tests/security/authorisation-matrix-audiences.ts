import { AddAudienceMembersDocument, CreateAudienceDocument } from '../e2e/__generated__/operations';
import { request } from '../support/graphql-client';
import type { MatrixOperation } from './authorisation-matrix-operations';
import type { World } from './authorisation-matrix-world';

/** The offers subgraph's audience rows of the authorisation matrix: each acts on an audience of the home company. */

const RULES = { registrationChannels: ['POS'] };

/** Every audience the rows made in the home company: a list that shows one reaches the home company's audiences. */
const homeAudienceIds = new Set<string>();

/** A new audience of the home company, rule-based or static. */
async function homeAudience(world: World, kind: 'RULES' | 'STATIC' = 'RULES'): Promise<string> {
  const input = { name: 'Matrix audience', ...(kind === 'RULES' ? { rules: RULES } : {}) };
  const { createAudience } = await request(world.url, CreateAudienceDocument, { input }, { token: world.home.adminToken });
  const audienceId = createAudience.audience?.id as string;
  homeAudienceIds.add(audienceId);
  return audienceId;
}

const audienceStep = (name: string, kind: 'RULES' | 'STATIC' = 'RULES'): MatrixOperation => ({
  document: `mutation($input: AudienceIdInput!) { ${name}(input: $input) { errors { code } } }`,
  prepare: async (world, cell) => ({ variables: { input: { audienceId: await cell.subject(() => homeAudience(world, kind)) } } }),
});

export const AUDIENCE_OPERATIONS: Record<string, MatrixOperation> = {
  audience: {
    document: 'query($id: ID!) { audience(id: $id) { id } }',
    prepare: async (world, cell) => ({ variables: { id: await cell.subject(() => homeAudience(world)) } }),
  },
  audiences: {
    document: 'query { audiences(first: 100) { edges { node { id } } } }',
    prepare: async (world, cell) => {
      await cell.subject(() => homeAudience(world));
      return { variables: {} };
    },
    judge: (value) => {
      const ids = (value as { edges: Array<{ node: { id: string } }> }).edges.map((edge) => edge.node.id);
      return ids.some((id) => homeAudienceIds.has(id)) ? 'allowed' : 'hidden';
    },
  },
  previewAudience: {
    document: 'query($rules: AudienceRulesInput!) { previewAudience(rules: $rules) { errors { code } } }',
    prepare: async () => ({ variables: { rules: RULES } }),
  },
  createAudience: {
    document: 'mutation($input: CreateAudienceInput!) { createAudience(input: $input) { errors { code } } }',
    prepare: async () => ({ variables: { input: { name: 'Matrix audience', rules: RULES } } }),
  },
  updateAudience: {
    document: 'mutation($input: UpdateAudienceInput!) { updateAudience(input: $input) { errors { code } } }',
    prepare: async (world, cell) => ({
      variables: { input: { audienceId: await cell.subject(() => homeAudience(world)), name: 'Renamed', rules: RULES } },
    }),
  },
  refreshAudience: audienceStep('refreshAudience'),
  deleteAudience: audienceStep('deleteAudience'),
  addAudienceMembers: {
    document: 'mutation($input: AddAudienceMembersInput!) { addAudienceMembers(input: $input) { errors { code } } }',
    prepare: async (world, cell) => ({
      variables: { input: { audienceId: await cell.subject(() => homeAudience(world, 'STATIC')), memberIds: [world.subject.id] } },
    }),
  },
  removeAudienceMembers: {
    document: 'mutation($input: RemoveAudienceMembersInput!) { removeAudienceMembers(input: $input) { errors { code } } }',
    prepare: async (world, cell) => {
      const audienceId = await cell.subject(async () => {
        const id = await homeAudience(world, 'STATIC');
        await request(world.url, AddAudienceMembersDocument, { input: { audienceId: id, memberIds: [world.subject.id] } }, { token: world.home.adminToken });
        return id;
      });
      return { variables: { input: { audienceId, memberIds: [world.subject.id] } } };
    },
  },
};
