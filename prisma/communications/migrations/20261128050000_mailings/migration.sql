-- Mailings and their campaigns, and the messages of mailings with the statuses only mailings have.
-- CreateEnum
CREATE TYPE "MailingState" AS ENUM ('DRAFT', 'SCHEDULED', 'RUNNING', 'PAUSED', 'FINISHED', 'CANCELLED');

-- AlterEnum


ALTER TYPE "MessageStatus" ADD VALUE 'UNDELIVERABLE';
ALTER TYPE "MessageStatus" ADD VALUE 'UNSUBSCRIBED';
ALTER TYPE "MessageStatus" ADD VALUE 'CANCELLED';

-- AlterTable
ALTER TABLE "messages" ADD COLUMN     "mailing_id" UUID;

-- CreateTable
CREATE TABLE "campaigns" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mailings" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "campaign_id" UUID,
    "name" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "audience_id" UUID,
    "content" JSONB NOT NULL,
    "state" "MailingState" NOT NULL DEFAULT 'DRAFT',
    "start_at" TIMESTAMPTZ(3),
    "listed_up_to" TEXT,
    "listed_at" TIMESTAMPTZ(3),
    "lease_until" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "created_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mailings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "campaigns_company_id_name_key" ON "campaigns"("company_id", "name");

-- CreateIndex
CREATE INDEX "mailings_company_id_created_at_idx" ON "mailings"("company_id", "created_at");

-- CreateIndex
CREATE INDEX "mailings_campaign_id_idx" ON "mailings"("campaign_id");

-- CreateIndex
CREATE INDEX "mailings_state_start_at_idx" ON "mailings"("state", "start_at");

-- CreateIndex
CREATE INDEX "messages_mailing_id_status_idx" ON "messages"("mailing_id", "status");

-- AddForeignKey
ALTER TABLE "messages" ADD CONSTRAINT "messages_mailing_id_fkey" FOREIGN KEY ("mailing_id") REFERENCES "mailings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mailings" ADD CONSTRAINT "mailings_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE SET NULL ON UPDATE CASCADE;

