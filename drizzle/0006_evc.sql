CREATE TABLE "evc_evidence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"version" bigint NOT NULL,
	"field_versions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deleted_at" timestamp with time zone,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"track_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"werkproces_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"file_id" text,
	"file_name" text DEFAULT '' NOT NULL,
	"file_type" text DEFAULT '' NOT NULL,
	"situatie" text DEFAULT '' NOT NULL,
	"taak" text DEFAULT '' NOT NULL,
	"actie" text DEFAULT '' NOT NULL,
	"resultaat" text DEFAULT '' NOT NULL,
	"reflectie" text DEFAULT '' NOT NULL,
	"ref_name" text DEFAULT '' NOT NULL,
	"ref_role" text DEFAULT '' NOT NULL,
	"ref_contact" text DEFAULT '' NOT NULL,
	"ref_statement" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evc_outcome" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"version" bigint NOT NULL,
	"field_versions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deleted_at" timestamp with time zone,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"kwalificatie_id" text NOT NULL,
	"provider" text NOT NULL,
	"issued_on" text NOT NULL,
	"valid_until" text,
	"werkproces_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"file_id" text,
	"file_name" text DEFAULT '' NOT NULL,
	"file_type" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evc_review" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"version" bigint NOT NULL,
	"field_versions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deleted_at" timestamp with time zone,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"evidence_id" uuid NOT NULL,
	"verdict" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"reviewer_name" text DEFAULT '' NOT NULL,
	"reviewed_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evc_track" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"version" bigint NOT NULL,
	"field_versions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deleted_at" timestamp with time zone,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kwalificatie_id" text NOT NULL,
	"status" text DEFAULT 'verzamelen' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evc_evidence" ADD CONSTRAINT "evc_evidence_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evc_evidence" ADD CONSTRAINT "evc_evidence_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evc_outcome" ADD CONSTRAINT "evc_outcome_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evc_outcome" ADD CONSTRAINT "evc_outcome_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evc_review" ADD CONSTRAINT "evc_review_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evc_review" ADD CONSTRAINT "evc_review_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evc_track" ADD CONSTRAINT "evc_track_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evc_track" ADD CONSTRAINT "evc_track_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evc_evidence_pull_idx" ON "evc_evidence" USING btree ("portfolio_id","version");--> statement-breakpoint
CREATE INDEX "evc_outcome_pull_idx" ON "evc_outcome" USING btree ("portfolio_id","version");--> statement-breakpoint
CREATE INDEX "evc_review_pull_idx" ON "evc_review" USING btree ("portfolio_id","version");--> statement-breakpoint
CREATE INDEX "evc_review_evidence_idx" ON "evc_review" USING btree ("evidence_id");--> statement-breakpoint
CREATE INDEX "evc_track_pull_idx" ON "evc_track" USING btree ("portfolio_id","version");