-- CreateEnum
CREATE TYPE "OfferLifecycle" AS ENUM ('DRAFT', 'PUBLISHED', 'PAUSED', 'FINISHED', 'ARCHIVED');
-- CreateEnum
CREATE TYPE "StackingMode" AS ENUM ('EXCLUSIVE', 'COMBINABLE');
-- CreateEnum
CREATE TYPE "Competition" AS ENUM ('BEST_FOR_MEMBER', 'PRIORITY');
-- CreateTable
CREATE TABLE "offers" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "lineage_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "lifecycle" "OfferLifecycle" NOT NULL DEFAULT 'DRAFT',
    "priority" INTEGER NOT NULL DEFAULT 0,
    "stacking_mode" "StackingMode" NOT NULL DEFAULT 'COMBINABLE',
    "stacking_group" TEXT,
    "competition" "Competition" NOT NULL DEFAULT 'BEST_FOR_MEMBER',
    "starts_at" TIMESTAMP(0),
    "ends_at" TIMESTAMP(0),
    "mechanics" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "published_at" TIMESTAMPTZ(3),
    CONSTRAINT "offers_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "offer_snapshots" (
    "company_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "offers" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "offer_snapshots_pkey" PRIMARY KEY ("company_id","version")
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
    "claimed_until" TIMESTAMPTZ(3),
    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);
-- CreateIndex
CREATE UNIQUE INDEX "offers_lineage_id_version_key" ON "offers"("lineage_id", "version");
-- CreateIndex
CREATE INDEX "offers_company_id_lifecycle_idx" ON "offers"("company_id", "lifecycle");
-- CreateIndex
CREATE INDEX "offers_company_id_created_at_idx" ON "offers"("company_id", "created_at");
-- CreateIndex
CREATE UNIQUE INDEX "outbox_events_event_id_key" ON "outbox_events"("event_id");
-- CreateIndex
CREATE INDEX "outbox_events_published_at_id_idx" ON "outbox_events"("published_at", "id");
-- CreateIndex
CREATE INDEX "outbox_events_member_id_idx" ON "outbox_events"("member_id");
