-- The expiry warnings look every 30 seconds for lots expiring within days across all accounts: a range
-- over this index instead of a scan of every lot (millions in a large ledger).
CREATE INDEX "lots_expires_at_idx" ON "lots"("expires_at");
