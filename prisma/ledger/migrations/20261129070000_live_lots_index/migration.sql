-- Lots that can still pay (something left), by account and expiry, with the columns the till reads of them.
-- The spendable sum and the lots a spend draws scan only these, from the index alone, however many
-- used-up lots an account keeps. Prisma's schema cannot describe a partial index with INCLUDE columns
-- (its diff leaves such an index alone), so the Lot model names it in a comment.
CREATE INDEX "lots_live_idx" ON "lots" ("account_id", "expires_at") INCLUDE ("activates_at", "remaining", "effective_at", "id") WHERE "remaining" > 0;
