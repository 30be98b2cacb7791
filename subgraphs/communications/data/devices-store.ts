import type { CommunicationsDb, Device, PushService } from './prisma';

/**
 * Registers an app installation for a member. A token is the installation's, not the person's: one
 * registered before by someone else (a phone changing hands, another account signing in) now
 * reaches this member only.
 */
export function registerDevice(
  db: CommunicationsDb,
  device: { companyId: string; memberId: string; service: PushService; token: string },
  at: Date,
): Promise<Device> {
  const { companyId, service, token, memberId } = device;
  return db.device.upsert({
    where: { companyId_service_token: { companyId, service, token } },
    create: { companyId, memberId, service, token, registeredAt: at },
    update: { memberId, registeredAt: at, retiredAt: null, retiredReason: null },
  });
}

/** Retires the member's installation with this token; answers whether there was one in use. */
export async function unregisterDevice(db: CommunicationsDb, memberId: string, token: string, at: Date): Promise<boolean> {
  const { count } = await db.device.updateMany({
    where: { memberId, token, retiredAt: null },
    data: { retiredAt: at, retiredReason: 'Unregistered by the member' },
  });
  return count > 0;
}

/** The member's installations in use. */
export function activeDevices(db: CommunicationsDb, memberId: string): Promise<Device[]> {
  return db.device.findMany({ where: { memberId, retiredAt: null }, orderBy: { registeredAt: 'asc' } });
}

/** A push service called the token invalid: nothing more goes to it. */
export async function retireDevice(db: CommunicationsDb, deviceId: string, reason: string, at: Date): Promise<void> {
  await db.device.updateMany({ where: { id: deviceId, retiredAt: null }, data: { retiredAt: at, retiredReason: reason } });
}

/** The installations in use of many members (a mailing's page of recipients). */
export function activeDevicesOfMembers(db: CommunicationsDb, memberIds: string[]): Promise<Device[]> {
  if (memberIds.length === 0) return Promise.resolve([]);
  return db.device.findMany({ where: { memberId: { in: memberIds }, retiredAt: null }, orderBy: [{ memberId: 'asc' }, { registeredAt: 'asc' }] });
}
