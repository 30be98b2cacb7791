import { subgraphPrismaConfig } from '../../infra/db/prisma-config';

export default subgraphPrismaConfig('offers', __dirname);
