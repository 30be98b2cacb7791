-- CreateEnum
CREATE TYPE "AudienceKind" AS ENUM ('RULES', 'STATIC');

-- CreateTable
CREATE TABLE "company_refs" (
    "company_id" UUID NOT NULL,
    "time_zone" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "company_refs_pkey" PRIMARY KEY ("company_id")
);

-- CreateTable
CREATE TABLE "member_facts" (
    "member_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "state" TEXT NOT NULL,
    "registration_channel" TEXT,
    "registered_at" TIMESTAMPTZ(3),
    "birthday" CHAR(5),
    "app_installed" BOOLEAN NOT NULL DEFAULT false,
    "profile_completed" BOOLEAN NOT NULL DEFAULT false,
    "marketing_consents" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "phone_key" TEXT,
    "version" INTEGER NOT NULL,

    CONSTRAINT "member_facts_pkey" PRIMARY KEY ("member_id")
);

-- CreateTable
CREATE TABLE "card_refs" (
    "card_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "member_id" UUID,
    "kind" TEXT,
    "blocked" BOOLEAN NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "card_refs_pkey" PRIMARY KEY ("card_id")
);

-- CreateTable
CREATE TABLE "receipts" (
    "purchase_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "member_id" UUID,
    "point_of_sale_id" UUID NOT NULL,
    "sold_at" TIMESTAMPTZ(3) NOT NULL,
    "currency" TEXT,
    "total" DECIMAL(14,2) NOT NULL,
    "refunded" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "lines" JSONB NOT NULL,

    CONSTRAINT "receipts_pkey" PRIMARY KEY ("purchase_id")
);

-- CreateTable
CREATE TABLE "audiences" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" "AudienceKind" NOT NULL,
    "rules" JSONB,
    "membership_version" INTEGER NOT NULL DEFAULT 0,
    "member_count" INTEGER NOT NULL DEFAULT 0,
    "refreshed_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "audiences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audience_members" (
    "audience_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "entered_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "audience_members_pkey" PRIMARY KEY ("audience_id","member_id")
);

-- CreateTable
CREATE TABLE "processed_events" (
    "event_id" UUID NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_events_pkey" PRIMARY KEY ("event_id")
);

-- CreateIndex
CREATE INDEX "member_facts_company_id_idx" ON "member_facts"("company_id");

-- CreateIndex
CREATE INDEX "member_facts_company_id_phone_key_idx" ON "member_facts"("company_id", "phone_key");

-- CreateIndex
CREATE INDEX "card_refs_company_id_number_idx" ON "card_refs"("company_id", "number");

-- CreateIndex
CREATE INDEX "card_refs_member_id_idx" ON "card_refs"("member_id");

-- CreateIndex
CREATE INDEX "receipts_company_id_member_id_sold_at_idx" ON "receipts"("company_id", "member_id", "sold_at");

-- CreateIndex
CREATE INDEX "receipts_company_id_sold_at_idx" ON "receipts"("company_id", "sold_at");

-- CreateIndex
CREATE INDEX "audiences_company_id_deleted_at_idx" ON "audiences"("company_id", "deleted_at");

-- CreateIndex
CREATE INDEX "audience_members_member_id_idx" ON "audience_members"("member_id");

-- AddForeignKey
ALTER TABLE "audience_members" ADD CONSTRAINT "audience_members_audience_id_fkey" FOREIGN KEY ("audience_id") REFERENCES "audiences"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- CreateTable
CREATE TABLE "erased_members" (
    "member_key" TEXT NOT NULL,

    CONSTRAINT "erased_members_pkey" PRIMARY KEY ("member_key")
);
