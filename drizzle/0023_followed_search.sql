CREATE TABLE "followed_search" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"version" bigint NOT NULL,
	"field_versions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deleted_at" timestamp with time zone,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"list" text NOT NULL,
	"modality" text,
	"max_cost_euros" integer,
	"kansberoep_only" boolean DEFAULT false NOT NULL,
	"occupation_id" text,
	"min_fit" integer DEFAULT 0 NOT NULL,
	"new_offer_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"collected_at" text
);
--> statement-breakpoint
ALTER TABLE "followed_search" ADD CONSTRAINT "followed_search_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followed_search" ADD CONSTRAINT "followed_search_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "followed_search_pull_idx" ON "followed_search" USING btree ("portfolio_id","version");