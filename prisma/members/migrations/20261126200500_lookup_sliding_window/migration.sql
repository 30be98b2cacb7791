-- AlterTable
ALTER TABLE "lookup_throttles" DROP COLUMN "attempts",
DROP COLUMN "window_start",
ADD COLUMN     "misses" TIMESTAMPTZ(3)[] DEFAULT ARRAY[]::TIMESTAMPTZ(3)[];
