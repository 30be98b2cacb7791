-- A member's inbox: what each message said as it went out (codes masked), and whether they read it.

-- DropIndex
DROP INDEX "messages_member_id_idx";

-- AlterTable
ALTER TABLE "messages" ADD COLUMN     "read_at" TIMESTAMPTZ(3),
ADD COLUMN     "subject" TEXT,
ADD COLUMN     "text" TEXT;

-- CreateIndex
CREATE INDEX "messages_member_id_sent_at_idx" ON "messages"("member_id", "sent_at");

