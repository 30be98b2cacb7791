-- A company's members in id order, for a mailing's pages of recipients.
-- CreateIndex
CREATE INDEX "members_company_id_id_idx" ON "members"("company_id", "id");

