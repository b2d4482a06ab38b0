CREATE TABLE "account_deletion" (
	"id" uuid PRIMARY KEY NOT NULL,
	"deleted_on" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deleted_voucher_commitment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"budget_year" integer NOT NULL,
	"amount_euros" integer NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "deleted_voucher_commitment_year_idx" ON "deleted_voucher_commitment" USING btree ("budget_year");