-- CreateTable
CREATE TABLE "promotions" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "image_url" TEXT,
    "link" TEXT,
    "audience_id" UUID,
    "offer_id" UUID,
    "display_from" TIMESTAMP(0),
    "display_to" TIMESTAMP(0),
    "position" INTEGER NOT NULL DEFAULT 0,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "promotions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "promotions_company_id_published_idx" ON "promotions"("company_id", "published");

