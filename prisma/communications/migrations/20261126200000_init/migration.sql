-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('SMS', 'EMAIL', 'PUSH', 'VIBER', 'SOCIAL');
-- CreateEnum
CREATE TYPE "MessageStatus" AS ENUM ('QUEUED', 'SENT', 'DELIVERED', 'FAILED');
-- CreateTable
CREATE TABLE "providers" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "settings" JSONB NOT NULL,
    "sealed_credentials" TEXT,
    "rate_per_second" INTEGER NOT NULL DEFAULT 20,
    "price_per_message" DECIMAL(12,4) NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "providers_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "messages" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "member_id" UUID,
    "channel" "Channel" NOT NULL,
    "kind" TEXT NOT NULL,
    "destination" TEXT NOT NULL,
    "variables" JSONB NOT NULL,
    "status" "MessageStatus" NOT NULL DEFAULT 'QUEUED',
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "provider_id" UUID,
    "provider_message_id" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    "delivered_at" TIMESTAMPTZ(3),
    CONSTRAINT "messages_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "dev_inbox_messages" (
    "id" BIGSERIAL NOT NULL,
    "message_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "member_id" UUID,
    "channel" "Channel" NOT NULL,
    "destination" TEXT NOT NULL,
    "subject" TEXT,
    "text" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "dev_inbox_messages_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "outbox_events" (
    "id" BIGSERIAL NOT NULL,
    "event_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "company_id" UUID NOT NULL,
    "member_id" UUID,
    "payload" JSONB NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),
    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);
-- CreateIndex
CREATE INDEX "providers_company_id_channel_active_idx" ON "providers"("company_id", "channel", "active");
-- CreateIndex
CREATE UNIQUE INDEX "providers_company_id_name_key" ON "providers"("company_id", "name");
-- CreateIndex
CREATE INDEX "messages_status_next_attempt_at_idx" ON "messages"("status", "next_attempt_at");
-- CreateIndex
CREATE INDEX "messages_member_id_idx" ON "messages"("member_id");
-- CreateIndex
CREATE INDEX "messages_company_id_created_at_idx" ON "messages"("company_id", "created_at");
-- CreateIndex
CREATE UNIQUE INDEX "dev_inbox_messages_message_id_key" ON "dev_inbox_messages"("message_id");
-- CreateIndex
CREATE INDEX "dev_inbox_messages_company_id_id_idx" ON "dev_inbox_messages"("company_id", "id");
-- CreateIndex
CREATE INDEX "dev_inbox_messages_member_id_idx" ON "dev_inbox_messages"("member_id");
-- CreateIndex
CREATE UNIQUE INDEX "outbox_events_event_id_key" ON "outbox_events"("event_id");
-- CreateIndex
CREATE INDEX "outbox_events_published_at_id_idx" ON "outbox_events"("published_at", "id");
-- CreateIndex
CREATE INDEX "outbox_events_member_id_idx" ON "outbox_events"("member_id");
-- AddForeignKey
ALTER TABLE "messages" ADD CONSTRAINT "messages_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE SET NULL ON UPDATE CASCADE;
