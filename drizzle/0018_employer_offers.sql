CREATE TABLE "employer_offer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"data" jsonb NOT NULL,
	"end_date" text NOT NULL,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text,
	"in_catalogue" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_offer_kind_check" CHECK ("employer_offer"."kind" in ('vacature', 'leerwerktraject')),
	CONSTRAINT "employer_offer_status_check" CHECK ("employer_offer"."status" in ('open', 'gepauzeerd', 'gesloten'))
);
--> statement-breakpoint
ALTER TABLE "contact_request" ADD COLUMN "offer_id" uuid;--> statement-breakpoint
ALTER TABLE "employer_offer" ADD CONSTRAINT "employer_offer_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employer_offer_organisation_idx" ON "employer_offer" USING btree ("organisation_id");--> statement-breakpoint
ALTER TABLE "contact_request" ADD CONSTRAINT "contact_request_offer_id_employer_offer_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."employer_offer"("id") ON DELETE set null ON UPDATE no action;