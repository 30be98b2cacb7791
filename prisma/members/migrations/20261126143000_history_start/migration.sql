-- No bonus operation may be dated before the company history start.
-- AlterTable
ALTER TABLE "companies" ADD COLUMN     "history_starts_at" TIMESTAMPTZ(3) NOT NULL DEFAULT '2000-01-01 00:00:00+00'::timestamptz;
