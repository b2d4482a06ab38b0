ALTER TABLE "sync_conflict" ADD COLUMN "refused" text;--> statement-breakpoint
-- Talentpool card ids were time-ordered; an employer sees them, so they become random.
UPDATE "talentpool_card" SET "id" = gen_random_uuid();
