import { subgraphPrismaConfig } from '../../infra/db/prisma-config';

export default subgraphPrismaConfig('members', __dirname);
