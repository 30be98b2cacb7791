-- AlterTable
ALTER TABLE "receipts" ADD COLUMN     "base_accrual_percent" DECIMAL(9,4);

-- CreateTable
CREATE TABLE "birthday_announcements" (
    "offer_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "birthday_announcements_pkey" PRIMARY KEY ("offer_id","member_id","year")
);

-- CreateIndex
CREATE INDEX "birthday_announcements_member_id_idx" ON "birthday_announcements"("member_id");
