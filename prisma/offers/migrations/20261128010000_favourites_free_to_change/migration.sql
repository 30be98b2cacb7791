-- AlterTable
ALTER TABLE "favourite_choices" ADD COLUMN     "free_to_change" BOOLEAN NOT NULL DEFAULT false;
