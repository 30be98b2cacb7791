-- The queue and the provider's wait for reports as partial indexes: a message is in them only while
-- QUEUED or SENT, so claiming reads only what waits, and each write of a message adds fewer index
-- entries (its delivery report's update four, not six). Prisma's schema cannot describe these (its diff
-- leaves them alone), so the Message model names them in a comment.

-- DropIndex
DROP INDEX "messages_status_next_attempt_at_idx";

-- DropIndex
DROP INDEX "messages_mailing_id_status_urgent_next_attempt_at_idx";

-- DropIndex
DROP INDEX "messages_provider_id_status_next_attempt_at_idx";

-- CreateIndex
CREATE INDEX "messages_mailing_id_status_idx" ON "messages"("mailing_id", "status");

-- The QUEUED messages of each mailing (event messages: a null mailing) in the order delivery claims them.
CREATE INDEX "messages_queue_idx" ON "messages" ("mailing_id", "urgent" DESC, "next_attempt_at") WHERE "status" = 'QUEUED';

-- The SENT messages of each provider by when their status may next be asked (providers that are polled).
CREATE INDEX "messages_awaiting_report_idx" ON "messages" ("provider_id", "next_attempt_at") WHERE "status" = 'SENT';
