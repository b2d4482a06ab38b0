CREATE TABLE "esco_mapping" (
	"our_kind" text NOT NULL,
	"our_id" text NOT NULL,
	"esco_uri" text NOT NULL,
	"esco_label" text NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "esco_mapping_our_kind_our_id_pk" PRIMARY KEY("our_kind","our_id"),
	CONSTRAINT "esco_mapping_kind_check" CHECK ("esco_mapping"."our_kind" in ('skill', 'occupation'))
);
--> statement-breakpoint
CREATE TABLE "esco_relation" (
	"occupation_uri" text NOT NULL,
	"skill_uri" text NOT NULL,
	"relation_type" text NOT NULL,
	CONSTRAINT "esco_relation_occupation_uri_skill_uri_pk" PRIMARY KEY("occupation_uri","skill_uri"),
	CONSTRAINT "esco_relation_type_check" CHECK ("esco_relation"."relation_type" in ('essential', 'optional'))
);
--> statement-breakpoint
CREATE TABLE "esco_suggestion" (
	"id" uuid PRIMARY KEY NOT NULL,
	"our_kind" text NOT NULL,
	"our_id" text NOT NULL,
	"esco_uri" text NOT NULL,
	"esco_label" text NOT NULL,
	"score" integer NOT NULL,
	"reason" jsonb NOT NULL,
	"file_row" integer NOT NULL,
	"file_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "esco_suggestion_kind_check" CHECK ("esco_suggestion"."our_kind" in ('skill', 'occupation'))
);
--> statement-breakpoint
ALTER TABLE "esco_mapping" ADD CONSTRAINT "esco_mapping_confirmed_by_app_user_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "esco_suggestion_item_unique" ON "esco_suggestion" USING btree ("our_kind","our_id");