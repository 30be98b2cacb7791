-- The company history start, from the company events.
-- AlterTable
ALTER TABLE "company_refs" ADD COLUMN     "history_starts_at" TIMESTAMPTZ(3) NOT NULL DEFAULT '2000-01-01 00:00:00+00'::timestamptz;
