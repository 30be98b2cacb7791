-- The terminals of each company, from pos_terminal.created, so that a limit names only its company terminals.
-- CreateTable
CREATE TABLE "terminal_refs" (
    "terminal_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "point_of_sale_id" UUID NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "terminal_refs_pkey" PRIMARY KEY ("terminal_id")
);

-- Terminals that made purchases before this table existed are known from their purchases.
INSERT INTO "terminal_refs" ("terminal_id", "company_id", "point_of_sale_id", "updated_at")
SELECT DISTINCT ON ("terminal_id") "terminal_id", "company_id", "point_of_sale_id", "created_at"
  FROM "purchases" ORDER BY "terminal_id", "created_at" DESC
ON CONFLICT DO NOTHING;
