-- The point of sale opt-out from the SMS code for payments of members named by phone alone.
-- AlterTable
ALTER TABLE "point_of_sale_refs" ADD COLUMN     "allow_phone_payment_without_code" BOOLEAN NOT NULL DEFAULT false;
