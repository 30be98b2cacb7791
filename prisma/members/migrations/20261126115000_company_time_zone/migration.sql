-- The company time zone: its days, birthdays, offer periods and expiry-warning dates are in it.
-- AlterTable
ALTER TABLE "companies" ADD COLUMN     "time_zone" TEXT NOT NULL DEFAULT 'UTC';

