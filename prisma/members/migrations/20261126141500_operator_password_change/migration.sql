-- An operator with a password someone else chose may only change it.
-- AlterTable
ALTER TABLE "operators" ADD COLUMN     "password_change_required" BOOLEAN NOT NULL DEFAULT false;
