CREATE TABLE "klantervaring" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "klantervaring_subject_check" CHECK ("klantervaring"."subject" in ('gesprek', 'voucher')),
	CONSTRAINT "klantervaring_score_check" CHECK ("klantervaring"."score" between 1 and 10)
);
--> statement-breakpoint
ALTER TABLE "klantervaring" ADD CONSTRAINT "klantervaring_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "klantervaring_once" ON "klantervaring" USING btree ("user_id","subject","subject_id");--> statement-breakpoint
CREATE INDEX "klantervaring_created_idx" ON "klantervaring" USING btree ("created_at");