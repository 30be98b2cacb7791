import { z } from 'zod';
import { ANONYMOUS } from '../../../infra/auth/identity';
import { BusinessError, ValidationErrors } from '../../../infra/errors/business-error';
import { HttpError } from '../../../infra/http/graphql-http-server';
import { REGISTER_BY_TEXT_ROUTE, type RegisterByTextResult } from '../../../infra/views/member-contact';
import type { MembersServices } from '.';

const registerRequest = z.object({ companyId: z.uuid(), phone: z.string().regex(/^\+\d{6,15}$/) });

/**
 * The internal `register-by-text` call (infra/views/member-contact.ts): registers the sender of the
 * company's keyword through the SMS channel, under the channel's settings (disabled, or asking for
 * more than a phone, it refuses). A refusal is an answer, not a failure: the text is kept for support.
 */
export function createRegisterByTextRoute(services: Pick<MembersServices, 'registration'>) {
  return {
    [REGISTER_BY_TEXT_ROUTE]: async (body: unknown): Promise<RegisterByTextResult> => {
      const parsed = registerRequest.safeParse(body);
      if (!parsed.success) throw new HttpError(400, 'BAD_REQUEST', 'a register-by-text request names a company and a phone');
      try {
        const member = await services.registration.registerMember(
          ANONYMOUS,
          { channel: 'SMS', phone: parsed.data.phone, companyId: parsed.data.companyId },
          { phoneProvenByText: true },
        );
        return { registered: true, memberId: member.id };
      } catch (error) {
        const refusal = error instanceof ValidationErrors ? error.errors[0] : error;
        if (refusal instanceof BusinessError) return { registered: false, code: refusal.code, message: refusal.message };
        throw error;
      }
    },
  };
}
