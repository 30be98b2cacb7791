-- CreateIndex
CREATE INDEX "messages_provider_id_status_next_attempt_at_idx" ON "messages"("provider_id", "status", "next_attempt_at");
