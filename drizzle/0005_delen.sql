CREATE TABLE "access_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"viewer_id" uuid,
	"viewer_name" text NOT NULL,
	"organisation_name" text,
	"section" text NOT NULL,
	"allowed" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_request" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"sender_id" uuid,
	"message" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"grant_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "gesprek_code" (
	"code" text PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"sections" jsonb NOT NULL,
	"grant_hours" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"used_by" uuid
);
--> statement-breakpoint
CREATE TABLE "gesprek_note" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"adviser_id" uuid,
	"adviser_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gesprek_suggestion" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"adviser_id" uuid,
	"adviser_name" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"plan_item_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "share_grant" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"grantee_user_id" uuid,
	"grantee_organisation_id" uuid,
	"sections" jsonb NOT NULL,
	"origin" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "share_grant_one_grantee" CHECK (("share_grant"."grantee_user_id" is null) <> ("share_grant"."grantee_organisation_id" is null))
);
--> statement-breakpoint
CREATE TABLE "skill_validation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"skill_claim_id" uuid NOT NULL,
	"adviser_id" uuid,
	"adviser_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talentpool_card" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"card" jsonb NOT NULL,
	"opted_in_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_viewer_id_app_user_id_fk" FOREIGN KEY ("viewer_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_request" ADD CONSTRAINT "contact_request_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_request" ADD CONSTRAINT "contact_request_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_request" ADD CONSTRAINT "contact_request_sender_id_app_user_id_fk" FOREIGN KEY ("sender_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_request" ADD CONSTRAINT "contact_request_grant_id_share_grant_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."share_grant"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gesprek_code" ADD CONSTRAINT "gesprek_code_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gesprek_code" ADD CONSTRAINT "gesprek_code_used_by_app_user_id_fk" FOREIGN KEY ("used_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gesprek_note" ADD CONSTRAINT "gesprek_note_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gesprek_note" ADD CONSTRAINT "gesprek_note_adviser_id_app_user_id_fk" FOREIGN KEY ("adviser_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gesprek_suggestion" ADD CONSTRAINT "gesprek_suggestion_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gesprek_suggestion" ADD CONSTRAINT "gesprek_suggestion_adviser_id_app_user_id_fk" FOREIGN KEY ("adviser_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_grant" ADD CONSTRAINT "share_grant_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_grant" ADD CONSTRAINT "share_grant_grantee_user_id_app_user_id_fk" FOREIGN KEY ("grantee_user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_grant" ADD CONSTRAINT "share_grant_grantee_organisation_id_organisation_id_fk" FOREIGN KEY ("grantee_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_validation" ADD CONSTRAINT "skill_validation_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_validation" ADD CONSTRAINT "skill_validation_adviser_id_app_user_id_fk" FOREIGN KEY ("adviser_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talentpool_card" ADD CONSTRAINT "talentpool_card_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_log_portfolio_idx" ON "access_log" USING btree ("portfolio_id","at");--> statement-breakpoint
CREATE INDEX "contact_request_portfolio_idx" ON "contact_request" USING btree ("portfolio_id");--> statement-breakpoint
CREATE INDEX "contact_request_organisation_idx" ON "contact_request" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "gesprek_code_portfolio_idx" ON "gesprek_code" USING btree ("portfolio_id");--> statement-breakpoint
CREATE INDEX "gesprek_note_portfolio_idx" ON "gesprek_note" USING btree ("portfolio_id","created_at");--> statement-breakpoint
CREATE INDEX "gesprek_suggestion_portfolio_idx" ON "gesprek_suggestion" USING btree ("portfolio_id","created_at");--> statement-breakpoint
CREATE INDEX "share_grant_portfolio_idx" ON "share_grant" USING btree ("portfolio_id");--> statement-breakpoint
CREATE INDEX "share_grant_user_idx" ON "share_grant" USING btree ("grantee_user_id");--> statement-breakpoint
CREATE INDEX "share_grant_organisation_idx" ON "share_grant" USING btree ("grantee_organisation_id");--> statement-breakpoint
CREATE INDEX "skill_validation_portfolio_idx" ON "skill_validation" USING btree ("portfolio_id");--> statement-breakpoint
CREATE UNIQUE INDEX "talentpool_card_portfolio_unique" ON "talentpool_card" USING btree ("portfolio_id");