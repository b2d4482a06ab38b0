CREATE TABLE "cv_verification_link" (
	"portfolio_id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "external_validation" ADD COLUMN "locale" text DEFAULT 'nl' NOT NULL;--> statement-breakpoint
ALTER TABLE "cv_verification_link" ADD CONSTRAINT "cv_verification_link_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cv_verification_link_slug_unique" ON "cv_verification_link" USING btree ("slug");--> statement-breakpoint
ALTER TABLE "external_validation" ADD CONSTRAINT "external_validation_locale_check" CHECK ("external_validation"."locale" in ('nl', 'en', 'de'));