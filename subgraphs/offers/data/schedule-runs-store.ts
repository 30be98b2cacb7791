import type { Offer, OffersDb } from './prisma';

/**
 * Runs the offer for the day once: records the run and answers the members it is for (its
 * audiences' members, or every member of the company, who may still earn), or null when the day
 * was run already.
 */
export async function claimScheduleRun(
  tx: OffersDb,
  call: { offer: Offer; occurrence: string; audienceIds: string[] | null; now: Date },
): Promise<string[] | null> {
  const claimed = await tx.$executeRaw`
    INSERT INTO schedule_runs (offer_id, occurrence, members, created_at) VALUES (${call.offer.lineageId}::uuid, ${call.occurrence}, 0, ${call.now})
    ON CONFLICT DO NOTHING`;
  if (claimed === 0) return null;
  const members = await tx.$queryRaw<Array<{ member_id: string }>>`
    SELECT f.member_id::text FROM member_facts f
     WHERE f.company_id = ${call.offer.companyId}::uuid AND f.state IN ('CARD_HOLDER', 'REGISTERED')
       AND (${call.audienceIds}::uuid[] IS NULL
            OR EXISTS (SELECT 1 FROM audience_members a WHERE a.member_id = f.member_id AND a.audience_id = ANY(${call.audienceIds}::uuid[])))
     ORDER BY f.member_id`;
  await tx.$executeRaw`UPDATE schedule_runs SET members = ${members.length} WHERE offer_id = ${call.offer.lineageId}::uuid AND occurrence = ${call.occurrence}`;
  return members.map((member) => member.member_id);
}
