-- A mailing's queue in the order delivery claims it, so a claim reads the next few rows instead of sorting every queued message.
-- DropIndex
DROP INDEX "messages_mailing_id_status_idx";

-- CreateIndex
CREATE INDEX "messages_mailing_id_status_urgent_next_attempt_at_idx" ON "messages"("mailing_id", "status", "urgent" DESC, "next_attempt_at");
