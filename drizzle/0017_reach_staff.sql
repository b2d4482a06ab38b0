CREATE TABLE "staff_bericht" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"link" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "apk_invitation" ADD COLUMN "mail_status" text;--> statement-breakpoint
ALTER TABLE "apk_invitation" ADD COLUMN "mail_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "staff_bericht" ADD CONSTRAINT "staff_bericht_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staff_bericht_user_idx" ON "staff_bericht" USING btree ("user_id","at");