import type { Identity } from '../../../infra/auth/identity';
import { recordEvents } from '../data/outbox-store';
import { revokeSessionsOf } from '../data/sessions-store';
import { DomainError } from '../domain/errors';
import { requireOperator } from './access';
import { inTransaction, type ServiceDeps } from './deps';

/**
 * Taking staff and tills out of service: whoever is removed or deactivated is signed out at once
 * (every session ends, and the gateway refuses their tokens within a second), and it is recorded.
 */
export function createStaffRemovalService(deps: ServiceDeps) {
  return {
    /**
     * Admins remove an operator of their company (not themselves): the row goes, with the email
     * and password hash; the trail keeps the operator's id on what they did.
     */
    async removeOperator(identity: Identity, input: { operatorId: string }) {
      const admin = requireOperator(identity, ['ADMIN']);
      if (input.operatorId === admin.operatorId) throw new DomainError('INVALID_INPUT', 'Operators cannot remove themselves', 'operatorId');
      return inTransaction(deps, async (tx) => {
        const removed = await tx.operator.deleteMany({ where: { id: input.operatorId, companyId: admin.companyId } });
        if (removed.count === 0) throw new DomainError('OPERATOR_NOT_FOUND', 'No such operator in the company', 'operatorId');
        await revokeSessionsOf(tx, input.operatorId, 'operator removed');
        await recordEvents(tx, deps, identity, null, [{ type: 'operator.removed', companyId: admin.companyId, data: { operatorId: input.operatorId } }]);
        return { operatorId: input.operatorId };
      });
    },

    /** Admins take a cash register of their company out of service: it cannot sign in, and is signed out. */
    async deactivatePosTerminal(identity: Identity, input: { terminalId: string }) {
      const admin = requireOperator(identity, ['ADMIN']);
      return inTransaction(deps, async (tx) => {
        const changed = await tx.posTerminal.updateMany({ where: { id: input.terminalId, companyId: admin.companyId }, data: { active: false } });
        if (changed.count === 0) throw new DomainError('TERMINAL_NOT_FOUND', 'No such terminal in the company', 'terminalId');
        await revokeSessionsOf(tx, input.terminalId, 'terminal deactivated');
        await recordEvents(tx, deps, identity, null, [
          { type: 'pos_terminal.deactivated', companyId: admin.companyId, data: { terminalId: input.terminalId } },
        ]);
        return tx.posTerminal.findUniqueOrThrow({ where: { id: input.terminalId } });
      });
    },
  };
}
