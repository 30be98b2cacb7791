import type { CommunicationsDb } from './prisma';

/** The addresses a company's limit alerts go to, in the order they were given. */
export async function alertRecipientsOf(db: CommunicationsDb, companyId: string): Promise<string[]> {
  const rows = await db.alertRecipient.findMany({ where: { companyId }, orderBy: { position: 'asc' } });
  return rows.map((row) => row.email);
}

/**
 * Replaces the company's alert addresses, inside the caller's transaction. Replacements of one
 * company wait for each other (a transaction-scoped advisory lock), so two at once leave one whole
 * list, never a mix of both or a duplicate key.
 */
export async function replaceAlertRecipients(db: CommunicationsDb, companyId: string, emails: string[]): Promise<void> {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`alert_recipients:${companyId}`}, 0))`;
  await db.alertRecipient.deleteMany({ where: { companyId } });
  await db.alertRecipient.createMany({ data: emails.map((email, position) => ({ companyId, email, position })) });
}
