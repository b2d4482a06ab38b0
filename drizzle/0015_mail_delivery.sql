CREATE TABLE "mail_delivery" (
	"job_id" uuid PRIMARY KEY NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "mail_delivery_sent_idx" ON "mail_delivery" USING btree ("sent_at");