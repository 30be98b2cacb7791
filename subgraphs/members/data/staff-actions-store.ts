import type { StaffActionEntry } from '../../../infra/audit/staff-trail';
import type { MembersDb } from './prisma';

/** Adds entries to the staff trail; one from an event already kept (a redelivery) adds nothing. */
export async function recordStaffActions(db: MembersDb, entries: Array<StaffActionEntry & { eventId?: string; at?: Date }>): Promise<void> {
  if (entries.length === 0) return;
  await db.staffAction.createMany({ data: entries, skipDuplicates: true });
}
