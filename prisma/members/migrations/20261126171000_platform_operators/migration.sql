-- AlterTable
ALTER TABLE "operators" ADD COLUMN     "platform_operator" BOOLEAN NOT NULL DEFAULT false;


-- The first administrator, created at the first start, runs the platform
UPDATE "operators" SET "platform_operator" = true WHERE "id" = (SELECT "id" FROM "operators" ORDER BY "created_at", "id" LIMIT 1);
