ALTER TABLE "login_throttle" RENAME TO "throttle_counter";--> statement-breakpoint
ALTER TABLE "throttle_counter" RENAME COLUMN "failures" TO "attempts";--> statement-breakpoint
ALTER TABLE "throttle_counter" RENAME CONSTRAINT "login_throttle_pkey" TO "throttle_counter_pkey";--> statement-breakpoint
UPDATE "throttle_counter" SET "key" = 'signin:' || "key" WHERE "key" LIKE 'account:%' OR "key" LIKE 'ip:%';
