-- AlterTable
ALTER TABLE "member_facts" ADD COLUMN     "referred_by" UUID;

-- CreateTable
CREATE TABLE "first_purchases" (
    "member_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "purchase_id" UUID NOT NULL,
    "sold_at" TIMESTAMPTZ(3) NOT NULL,
    "total" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "first_purchases_pkey" PRIMARY KEY ("member_id")
);


-- Members who bought before this was kept: their first purchase is the earliest receipt the copy holds.
INSERT INTO "first_purchases" ("member_id", "company_id", "purchase_id", "sold_at", "total")
SELECT DISTINCT ON (member_id) member_id, company_id, purchase_id, sold_at, total
  FROM "receipts" WHERE member_id IS NOT NULL ORDER BY member_id, sold_at, purchase_id;
