import type { QuietHours } from '../domain/quiet-hours';
import type { CommunicationsDb } from './prisma';

export interface MessagingSettings {
  quietHours: QuietHours | null;
  registrationKeyword: string | null;
}

/** A company's messaging settings; none stored: no quiet hours, no registration by text. */
export async function messagingSettingsOf(db: CommunicationsDb, companyId: string): Promise<MessagingSettings> {
  const row = await db.messagingSettings.findUnique({ where: { companyId } });
  const quietHours = row?.quietHoursStart != null && row.quietHoursEnd != null ? { start: row.quietHoursStart, end: row.quietHoursEnd } : null;
  return { quietHours, registrationKeyword: row?.registrationKeyword ?? null };
}

export async function saveMessagingSettings(db: CommunicationsDb, companyId: string, settings: MessagingSettings): Promise<void> {
  const data = {
    quietHoursStart: settings.quietHours?.start ?? null,
    quietHoursEnd: settings.quietHours?.end ?? null,
    registrationKeyword: settings.registrationKeyword,
  };
  await db.messagingSettings.upsert({ where: { companyId }, create: { companyId, ...data }, update: data });
}
