CREATE TABLE "apk_block_light" (
	"scan_id" uuid NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"block_id" text NOT NULL,
	"light" text NOT NULL,
	"completed_at" text NOT NULL,
	CONSTRAINT "apk_block_light_scan_id_block_id_pk" PRIMARY KEY("scan_id","block_id"),
	CONSTRAINT "apk_block_light_light_check" CHECK ("apk_block_light"."light" in ('groen', 'oranje', 'rood'))
);
--> statement-breakpoint
ALTER TABLE "apk_block_light" ADD CONSTRAINT "apk_block_light_scan_id_apk_scan_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."apk_scan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apk_block_light" ADD CONSTRAINT "apk_block_light_portfolio_id_portfolio_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."portfolio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "apk_block_light_completed_idx" ON "apk_block_light" USING btree ("completed_at");