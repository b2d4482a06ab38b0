CREATE TABLE "plan_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"version" bigint NOT NULL,
	"field_versions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deleted_at" timestamp with time zone,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text DEFAULT 'actie' NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"due_date" text,
	"completed_on" text,
	"origin" text DEFAULT 'zelf' NOT NULL,
	"offer_id" text
);
--> statement-breakpoint
CREATE TABLE "voucher_application" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"applicant_id" uuid NOT NULL,
	"offer_id" text NOT NULL,
	"offer" jsonb NOT NULL,
	"motivation" text NOT NULL,
	"werkgemeente" text,
	"employed" boolean DEFAULT false NOT NULL,
	"co_financing" text DEFAULT '' NOT NULL,
	"rules_version" text NOT NULL,
	"amount_euros" integer NOT NULL,
	"status" text DEFAULT 'aanvraag' NOT NULL,
	"scholingsplan" text,
	"adviser_id" uuid,
	"budget_year" integer,
	"cheque_number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "voucher_budget" (
	"year" integer PRIMARY KEY NOT NULL,
	"amount_euros" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "voucher_draft" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"version" bigint NOT NULL,
	"field_versions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deleted_at" timestamp with time zone,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"offer_id" text NOT NULL,
	"motivation" text DEFAULT '' NOT NULL,
	"werkgemeente" text,
	"employed" boolean DEFAULT false NOT NULL,
	"co_financing" text DEFAULT '' NOT NULL,
	"submitted_at" text
);
--> statement-breakpoint
CREATE TABLE "voucher_status_event" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"status" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"actor_role" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_item" ADD CONSTRAINT "plan_item_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_item" ADD CONSTRAINT "plan_item_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_application" ADD CONSTRAINT "voucher_application_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_application" ADD CONSTRAINT "voucher_application_applicant_id_app_user_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_application" ADD CONSTRAINT "voucher_application_adviser_id_app_user_id_fk" FOREIGN KEY ("adviser_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_budget" ADD CONSTRAINT "voucher_budget_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_draft" ADD CONSTRAINT "voucher_draft_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_draft" ADD CONSTRAINT "voucher_draft_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_status_event" ADD CONSTRAINT "voucher_status_event_application_id_voucher_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."voucher_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_status_event" ADD CONSTRAINT "voucher_status_event_actor_id_app_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_item_pull_idx" ON "plan_item" USING btree ("portfolio_id","version");--> statement-breakpoint
CREATE INDEX "voucher_application_portfolio_idx" ON "voucher_application" USING btree ("portfolio_id");--> statement-breakpoint
CREATE INDEX "voucher_application_status_idx" ON "voucher_application" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "voucher_application_cheque_unique" ON "voucher_application" USING btree ("cheque_number");--> statement-breakpoint
CREATE INDEX "voucher_draft_pull_idx" ON "voucher_draft" USING btree ("portfolio_id","version");--> statement-breakpoint
CREATE INDEX "voucher_status_event_application_idx" ON "voucher_status_event" USING btree ("application_id","at");