CREATE TABLE "catalogue_record" (
	"kind" text NOT NULL,
	"id" text NOT NULL,
	"version" bigint NOT NULL,
	"data" jsonb,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "catalogue_record_kind_id_pk" PRIMARY KEY("kind","id")
);
--> statement-breakpoint
CREATE TABLE "catalogue_sync" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_sync_horizon" (
	"portfolio_id" uuid PRIMARY KEY NOT NULL,
	"purged_through" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "profile" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"version" bigint NOT NULL,
	"field_versions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deleted_at" timestamp with time zone,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"display_name" text DEFAULT '' NOT NULL,
	"woonplaats" text DEFAULT '' NOT NULL,
	"situation" text,
	"about" text DEFAULT '' NOT NULL,
	"availability" text
);
--> statement-breakpoint
CREATE TABLE "skill_claim" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"version" bigint NOT NULL,
	"field_versions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deleted_at" timestamp with time zone,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"skill_id" text NOT NULL,
	"level" integer NOT NULL,
	"source" text NOT NULL,
	"last_used_year" integer
);
--> statement-breakpoint
CREATE TABLE "sync_conflict" (
	"client_id" uuid NOT NULL,
	"mutation_id" bigint NOT NULL,
	"seq" integer NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"field" text,
	"server_value" jsonb,
	"client_value" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sync_conflict_client_id_mutation_id_seq_pk" PRIMARY KEY("client_id","mutation_id","seq")
);
--> statement-breakpoint
ALTER TABLE "portfolio_sync_horizon" ADD CONSTRAINT "portfolio_sync_horizon_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile" ADD CONSTRAINT "profile_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile" ADD CONSTRAINT "profile_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_claim" ADD CONSTRAINT "skill_claim_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_claim" ADD CONSTRAINT "skill_claim_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_conflict" ADD CONSTRAINT "sync_conflict_client_id_sync_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."sync_client"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_record_version_unique" ON "catalogue_record" USING btree ("version");--> statement-breakpoint
CREATE INDEX "profile_pull_idx" ON "profile" USING btree ("portfolio_id","version");--> statement-breakpoint
CREATE INDEX "skill_claim_pull_idx" ON "skill_claim" USING btree ("portfolio_id","version");