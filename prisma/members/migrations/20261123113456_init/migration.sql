-- CreateEnum
CREATE TYPE "OperatorRole" AS ENUM ('ADMIN', 'MARKETER', 'OPERATOR', 'SECURITY');

-- CreateEnum
CREATE TYPE "RegistrationChannel" AS ENUM ('PERSONAL_ACCOUNT', 'MOBILE_APP', 'POS', 'CONTACT_CENTER', 'SMS', 'WALLET');

-- CreateEnum
CREATE TYPE "MemberState" AS ENUM ('CARD_HOLDER', 'REGISTERED', 'BLOCKED', 'DELETED');

-- CreateEnum
CREATE TYPE "CardKind" AS ENUM ('PHYSICAL', 'VIRTUAL');

-- CreateEnum
CREATE TYPE "CardBlockReason" AS ENUM ('LOST', 'DAMAGED', 'STOLEN', 'SUSPICIOUS_ACTIVITY', 'REPLACED', 'MEMBER_OPTED_OUT', 'OTHER');

-- CreateEnum
CREATE TYPE "CardState" AS ENUM ('BLANK', 'INACTIVE', 'ACTIVE', 'BLOCKED', 'REPLACED');

-- CreateEnum
CREATE TYPE "ReturnPolicy" AS ENUM ('WRITE_OFF_TO_NEGATIVE', 'FORGIVE');

-- CreateEnum
CREATE TYPE "VerificationPurpose" AS ENUM ('REGISTRATION', 'LOGIN', 'CHANGE_PHONE', 'CHANGE_EMAIL');

-- CreateEnum
CREATE TYPE "FamilyInvitationState" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED');

-- CreateTable
CREATE TABLE "companies" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "pos_currency" TEXT NOT NULL DEFAULT 'EUR',
    "spending_states" "MemberState"[] DEFAULT ARRAY['REGISTERED']::"MemberState"[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "companies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registration_channel_settings" (
    "company_id" UUID NOT NULL,
    "channel" "RegistrationChannel" NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "required_fields" TEXT[],

    CONSTRAINT "registration_channel_settings_pkey" PRIMARY KEY ("company_id","channel")
);

-- CreateTable
CREATE TABLE "operators" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "OperatorRole" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "operators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "points_of_sale" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT,
    "confirm_payment_by_sms" BOOLEAN NOT NULL DEFAULT false,
    "return_policy" "ReturnPolicy" NOT NULL DEFAULT 'WRITE_OFF_TO_NEGATIVE',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "points_of_sale_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_terminals" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "point_of_sale_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pos_terminals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "members" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "state" "MemberState" NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "first_name" TEXT,
    "last_name" TEXT,
    "birth_date" DATE,
    "password_hash" TEXT,
    "registration_channel" "RegistrationChannel",
    "registered_at" TIMESTAMPTZ(3),
    "e_receipt_consent" BOOLEAN NOT NULL DEFAULT false,
    "e_receipt_consent_at" TIMESTAMPTZ(3),
    "social_profile_linked" BOOLEAN NOT NULL DEFAULT false,
    "mobile_app_installed" BOOLEAN NOT NULL DEFAULT false,
    "profile_completed_at" TIMESTAMPTZ(3),
    "blocked_reason" TEXT,
    "blocked_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "family_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "card_batches" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "first_number" BIGINT NOT NULL,
    "size" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "card_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cards" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "kind" "CardKind" NOT NULL,
    "state" "CardState" NOT NULL,
    "batch_id" UUID,
    "member_id" UUID,
    "bound_at" TIMESTAMPTZ(3),
    "block_reason" "CardBlockReason",
    "block_comment" TEXT,
    "blocked_at" TIMESTAMPTZ(3),
    "replaced_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cards_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "families" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "head_member_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "families_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "family_invitations" (
    "id" UUID NOT NULL,
    "family_id" UUID NOT NULL,
    "invitee_member_id" UUID NOT NULL,
    "state" "FamilyInvitationState" NOT NULL DEFAULT 'PENDING',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answered_at" TIMESTAMPTZ(3),

    CONSTRAINT "family_invitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification_codes" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "member_id" UUID,
    "purpose" "VerificationPurpose" NOT NULL,
    "target" TEXT NOT NULL,
    "code_hash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verification_codes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_throttles" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "locked_until" TIMESTAMPTZ(3),

    CONSTRAINT "login_throttles_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "outbox_events" (
    "id" BIGSERIAL NOT NULL,
    "event_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "company_id" UUID NOT NULL,
    "member_id" UUID,
    "payload" JSONB NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "operators_email_key" ON "operators"("email");

-- CreateIndex
CREATE INDEX "operators_company_id_idx" ON "operators"("company_id");

-- CreateIndex
CREATE INDEX "points_of_sale_company_id_idx" ON "points_of_sale"("company_id");

-- CreateIndex
CREATE INDEX "pos_terminals_company_id_idx" ON "pos_terminals"("company_id");

-- CreateIndex
CREATE INDEX "pos_terminals_point_of_sale_id_idx" ON "pos_terminals"("point_of_sale_id");

-- CreateIndex
CREATE INDEX "members_company_id_last_name_first_name_idx" ON "members"("company_id", "last_name", "first_name");

-- CreateIndex
CREATE INDEX "members_family_id_idx" ON "members"("family_id");

-- CreateIndex
CREATE UNIQUE INDEX "members_company_id_phone_key" ON "members"("company_id", "phone");

-- CreateIndex
CREATE UNIQUE INDEX "members_company_id_email_key" ON "members"("company_id", "email");

-- CreateIndex
CREATE INDEX "card_batches_company_id_idx" ON "card_batches"("company_id");

-- CreateIndex
CREATE UNIQUE INDEX "cards_replaced_by_id_key" ON "cards"("replaced_by_id");

-- CreateIndex
CREATE INDEX "cards_member_id_idx" ON "cards"("member_id");

-- CreateIndex
CREATE INDEX "cards_batch_id_idx" ON "cards"("batch_id");

-- CreateIndex
CREATE UNIQUE INDEX "cards_company_id_number_key" ON "cards"("company_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "families_head_member_id_key" ON "families"("head_member_id");

-- CreateIndex
CREATE INDEX "families_company_id_idx" ON "families"("company_id");

-- CreateIndex
CREATE INDEX "family_invitations_invitee_member_id_idx" ON "family_invitations"("invitee_member_id");

-- CreateIndex
CREATE INDEX "family_invitations_family_id_idx" ON "family_invitations"("family_id");

-- CreateIndex
CREATE INDEX "verification_codes_member_id_purpose_idx" ON "verification_codes"("member_id", "purpose");

-- CreateIndex
CREATE INDEX "verification_codes_company_id_target_purpose_idx" ON "verification_codes"("company_id", "target", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_events_event_id_key" ON "outbox_events"("event_id");

-- CreateIndex
CREATE INDEX "outbox_events_published_at_id_idx" ON "outbox_events"("published_at", "id");

-- CreateIndex
CREATE INDEX "outbox_events_member_id_idx" ON "outbox_events"("member_id");

-- AddForeignKey
ALTER TABLE "registration_channel_settings" ADD CONSTRAINT "registration_channel_settings_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "operators" ADD CONSTRAINT "operators_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "points_of_sale" ADD CONSTRAINT "points_of_sale_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_terminals" ADD CONSTRAINT "pos_terminals_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_terminals" ADD CONSTRAINT "pos_terminals_point_of_sale_id_fkey" FOREIGN KEY ("point_of_sale_id") REFERENCES "points_of_sale"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "members" ADD CONSTRAINT "members_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "members" ADD CONSTRAINT "members_family_id_fkey" FOREIGN KEY ("family_id") REFERENCES "families"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "card_batches" ADD CONSTRAINT "card_batches_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cards" ADD CONSTRAINT "cards_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cards" ADD CONSTRAINT "cards_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "card_batches"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cards" ADD CONSTRAINT "cards_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cards" ADD CONSTRAINT "cards_replaced_by_id_fkey" FOREIGN KEY ("replaced_by_id") REFERENCES "cards"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "families" ADD CONSTRAINT "families_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "families" ADD CONSTRAINT "families_head_member_id_fkey" FOREIGN KEY ("head_member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "family_invitations" ADD CONSTRAINT "family_invitations_family_id_fkey" FOREIGN KEY ("family_id") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "family_invitations" ADD CONSTRAINT "family_invitations_invitee_member_id_fkey" FOREIGN KEY ("invitee_member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification_codes" ADD CONSTRAINT "verification_codes_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;
