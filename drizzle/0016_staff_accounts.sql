ALTER TABLE "apk_invitation" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "apk_invitation" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contact_request" ADD COLUMN "card" jsonb;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "deactivated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "last_sign_in_at" timestamp with time zone;