-- Family history by the member versions that family events carry, so late events slot in.
-- CreateTable
CREATE TABLE "family_changes" (
    "member_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "family_id" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "family_changes_pkey" PRIMARY KEY ("member_id","version")
);

-- Stays recorded before versions were kept become changes numbered below every real version.
INSERT INTO "family_changes" ("member_id", "version", "family_id", "at")
SELECT member_id, row_number() OVER (PARTITION BY member_id ORDER BY at, joins)::int - 1000000000, family_id, at
  FROM (SELECT member_id, family_id, joined_at AS at, 1 AS joins FROM "family_memberships"
        UNION ALL
        SELECT member_id, NULL, left_at, 0 FROM "family_memberships" WHERE left_at IS NOT NULL) AS stays;
