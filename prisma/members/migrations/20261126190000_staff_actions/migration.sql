-- CreateTable
CREATE TABLE "staff_actions" (
    "id" BIGSERIAL NOT NULL,
    "event_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "operator_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "member_id" UUID,
    "channel" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_actions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "staff_actions_event_id_key" ON "staff_actions"("event_id");

-- CreateIndex
CREATE INDEX "staff_actions_company_id_at_idx" ON "staff_actions"("company_id", "at");

-- CreateIndex
CREATE INDEX "staff_actions_company_id_member_id_idx" ON "staff_actions"("company_id", "member_id");

-- CreateIndex
CREATE INDEX "staff_actions_company_id_operator_id_idx" ON "staff_actions"("company_id", "operator_id");

-- The trail so far was read from the outbox: its operator events become the first entries, in order.
INSERT INTO "staff_actions" ("event_id", "company_id", "operator_id", "action", "member_id", "channel", "at")
SELECT "event_id", "company_id", ("payload"->'actor'->>'id')::uuid, "type", "member_id", "payload"->'actor'->>'channel', "occurred_at"
FROM "outbox_events"
WHERE "payload"->'actor'->>'kind' = 'operator' AND "payload"->'actor'->>'id' IS NOT NULL
ORDER BY "id";
