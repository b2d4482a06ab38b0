CREATE TABLE "email_token" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"email" text NOT NULL,
	"secret_hash" "bytea" NOT NULL,
	"code_hash" "bytea",
	"code_attempts" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_token_purpose_check" CHECK ("email_token"."purpose" in ('verify', 'reset'))
);
--> statement-breakpoint
ALTER TABLE "invitation" ADD COLUMN "mail_status" text;--> statement-breakpoint
ALTER TABLE "invitation" ADD COLUMN "mail_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "email_verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "email_token" ADD CONSTRAINT "email_token_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_token_user_idx" ON "email_token" USING btree ("user_id","purpose");--> statement-breakpoint
-- Staff accounts came from an invitation sent to their address; that address counts as checked.
UPDATE "app_user" SET "email_verified_at" = "created_at" WHERE "id" IN (SELECT "user_id" FROM "user_role" WHERE "role" <> 'inwoner');
