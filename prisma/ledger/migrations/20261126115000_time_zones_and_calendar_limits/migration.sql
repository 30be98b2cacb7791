-- The company time zone in the view, and limits counted over calendar periods in it.
-- CreateEnum
CREATE TYPE "LimitWindow" AS ENUM ('ROLLING', 'CALENDAR');

-- AlterTable
ALTER TABLE "company_refs" ADD COLUMN     "time_zone" TEXT NOT NULL DEFAULT 'UTC';

-- AlterTable
ALTER TABLE "limits" ADD COLUMN     "window" "LimitWindow" NOT NULL DEFAULT 'ROLLING';

