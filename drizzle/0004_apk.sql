CREATE TABLE "apk_answer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"version" bigint NOT NULL,
	"field_versions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deleted_at" timestamp with time zone,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"scan_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"value" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "apk_invitation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email" text,
	"code" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_by" uuid,
	"accepted_at" timestamp with time zone,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "apk_scan" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"version" bigint NOT NULL,
	"field_versions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deleted_at" timestamp with time zone,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"model_version" text NOT NULL,
	"occupation_id" text,
	"outlook" text,
	"invitation_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"started_at" text NOT NULL,
	"completed_at" text
);
--> statement-breakpoint
ALTER TABLE "apk_answer" ADD CONSTRAINT "apk_answer_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apk_answer" ADD CONSTRAINT "apk_answer_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apk_invitation" ADD CONSTRAINT "apk_invitation_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apk_invitation" ADD CONSTRAINT "apk_invitation_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apk_invitation" ADD CONSTRAINT "apk_invitation_accepted_by_app_user_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apk_scan" ADD CONSTRAINT "apk_scan_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apk_scan" ADD CONSTRAINT "apk_scan_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "apk_answer_pull_idx" ON "apk_answer" USING btree ("portfolio_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "apk_invitation_code_unique" ON "apk_invitation" USING btree ("code");--> statement-breakpoint
CREATE INDEX "apk_invitation_organisation_idx" ON "apk_invitation" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "apk_invitation_email_idx" ON "apk_invitation" USING btree ("email");--> statement-breakpoint
CREATE INDEX "apk_scan_pull_idx" ON "apk_scan" USING btree ("portfolio_id","version");--> statement-breakpoint
CREATE INDEX "apk_scan_invitation_idx" ON "apk_scan" USING btree ("invitation_id");