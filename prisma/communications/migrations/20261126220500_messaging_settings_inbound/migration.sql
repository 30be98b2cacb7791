-- Communications: quiet hours and the registration keyword per company, and the texts members send in.
CREATE TYPE "InboundKind" AS ENUM ('STOP', 'REGISTRATION', 'SUPPORT');

CREATE TABLE "messaging_settings" (
    "company_id" UUID NOT NULL,
    "quiet_hours_start" INTEGER,
    "quiet_hours_end" INTEGER,
    "registration_keyword" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "messaging_settings_pkey" PRIMARY KEY ("company_id")
);

CREATE TABLE "inbound_messages" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "provider_id" UUID,
    "channel" "Channel" NOT NULL,
    "sender" TEXT NOT NULL,
    "member_id" UUID,
    "text" TEXT NOT NULL,
    "kind" "InboundKind" NOT NULL,
    "outcome" TEXT,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handled_at" TIMESTAMPTZ(3),
    CONSTRAINT "inbound_messages_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "inbound_messages_company_id_received_at_idx" ON "inbound_messages"("company_id", "received_at");
CREATE INDEX "inbound_messages_handled_at_received_at_idx" ON "inbound_messages"("handled_at", "received_at");
CREATE INDEX "inbound_messages_member_id_idx" ON "inbound_messages"("member_id");
