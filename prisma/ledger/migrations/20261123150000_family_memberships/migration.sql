-- CreateTable
CREATE TABLE "family_memberships" (
    "id" BIGSERIAL NOT NULL,
    "family_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "joined_at" TIMESTAMPTZ(3) NOT NULL,
    "left_at" TIMESTAMPTZ(3),

    CONSTRAINT "family_memberships_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "family_memberships_member_id_joined_at_idx" ON "family_memberships"("member_id", "joined_at");

-- CreateIndex
CREATE INDEX "family_memberships_family_id_joined_at_idx" ON "family_memberships"("family_id", "joined_at");

-- Families known before their history was kept: members counted from their last change.
INSERT INTO "family_memberships" ("family_id", "member_id", "joined_at")
SELECT "family_id", "member_id", "updated_at" FROM "member_refs" WHERE "family_id" IS NOT NULL;
