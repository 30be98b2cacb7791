-- Paying with bonuses for a member named by phone alone needs the SMS code unless the point of sale opts out.
-- AlterTable
ALTER TABLE "points_of_sale" ADD COLUMN     "allow_phone_payment_without_code" BOOLEAN NOT NULL DEFAULT false;
