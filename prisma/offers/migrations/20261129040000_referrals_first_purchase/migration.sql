-- AlterTable
ALTER TABLE "member_facts" ADD COLUMN     "first_purchase_at" TIMESTAMPTZ(3),
ADD COLUMN     "referred_by" UUID;


-- Members who bought before this was kept: their first purchase is the earliest receipt the copy holds.
UPDATE "member_facts" f SET "first_purchase_at" = r.first_sold
  FROM (SELECT member_id, min(sold_at) AS first_sold FROM "receipts" WHERE member_id IS NOT NULL GROUP BY member_id) r
 WHERE r.member_id = f.member_id;
