CREATE TABLE "credential_status" (
	"status_index" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "credential_status_status_index_seq" INCREMENT BY 1 MINVALUE 0 MAXVALUE 2147483647 START WITH 0 CACHE 1),
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "external_validation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"token_id" text NOT NULL,
	"secret_hash" "bytea",
	"validator_name" text NOT NULL,
	"validator_email" text NOT NULL,
	"skill_claim_ids" jsonb NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_name" text,
	"answered_role" text,
	"decisions" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "issued_credential" (
	"id" uuid PRIMARY KEY NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_key" text NOT NULL,
	"name" text NOT NULL,
	"status_index" integer NOT NULL,
	"json" jsonb NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"public_slug" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "skill_validation" ADD COLUMN "validator_role" text;--> statement-breakpoint
ALTER TABLE "external_validation" ADD CONSTRAINT "external_validation_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_credential" ADD CONSTRAINT "issued_credential_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_credential" ADD CONSTRAINT "issued_credential_status_index_credential_status_status_index_fk" FOREIGN KEY ("status_index") REFERENCES "public"."credential_status"("status_index") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "external_validation_portfolio_idx" ON "external_validation" USING btree ("portfolio_id");--> statement-breakpoint
CREATE UNIQUE INDEX "external_validation_token_unique" ON "external_validation" USING btree ("token_id");--> statement-breakpoint
CREATE INDEX "issued_credential_portfolio_idx" ON "issued_credential" USING btree ("portfolio_id");--> statement-breakpoint
CREATE UNIQUE INDEX "issued_credential_slug_unique" ON "issued_credential" USING btree ("public_slug");--> statement-breakpoint
CREATE UNIQUE INDEX "issued_credential_status_unique" ON "issued_credential" USING btree ("status_index");--> statement-breakpoint
CREATE UNIQUE INDEX "issued_credential_live_unique" ON "issued_credential" USING btree ("portfolio_id","kind","subject_id","subject_key") WHERE revoked_at is null;