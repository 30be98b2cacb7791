-- A return takes back the accrual of its purchase from the own lot of that purchase (often not active
-- yet): that draw is pinned to its lot, and a replay of later spends leaves it where it is.
ALTER TABLE "operations" ADD COLUMN "pinned_lot_id" UUID;
ALTER TABLE "allocations" ADD COLUMN "pinned" BOOLEAN NOT NULL DEFAULT false;
