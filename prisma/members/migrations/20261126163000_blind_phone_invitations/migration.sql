-- Invitations by phone answer alike whether the phone is registered or not: one reaching nobody has no invitee.
-- AlterTable
ALTER TABLE "family_invitations" ADD COLUMN     "invitee_phone_key" TEXT,
ADD COLUMN     "invitee_phone_masked" TEXT,
ALTER COLUMN "invitee_member_id" DROP NOT NULL;

