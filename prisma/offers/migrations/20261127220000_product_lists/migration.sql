-- CreateEnum
CREATE TYPE "ProductListKind" AS ENUM ('STATIC', 'FAVOURITES');

-- CreateTable
CREATE TABLE "product_lists" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ProductListKind" NOT NULL,
    "selectors" JSONB,
    "picks" INTEGER,
    "change_every_days" INTEGER,
    "history_days" INTEGER,
    "history_top" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "product_lists_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "favourite_choices" (
    "member_id" UUID NOT NULL,
    "list_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "skus" TEXT[],
    "changed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "favourite_choices_pkey" PRIMARY KEY ("member_id","list_id")
);

-- CreateIndex
CREATE INDEX "product_lists_company_id_idx" ON "product_lists"("company_id");

