-- CreateTable
CREATE TABLE "point_of_sale_refs" (
    "point_of_sale_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "point_of_sale_refs_pkey" PRIMARY KEY ("point_of_sale_id")
);

-- CreateIndex
CREATE INDEX "point_of_sale_refs_company_id_idx" ON "point_of_sale_refs"("company_id");

