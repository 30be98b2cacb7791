import { z } from 'zod';
import { baseEnvSchema } from '../infra/config/env';

export const gatewayEnvSchema = baseEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).default(4000),
  HOST: z.string().default('127.0.0.1'),
  MEMBERS_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
  LEDGER_URL: z.string().url().default('http://127.0.0.1:4002/graphql'),
});

export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;
