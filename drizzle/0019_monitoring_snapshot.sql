CREATE TABLE "monitoring_snapshot" (
	"day" text PRIMARY KEY NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"results" jsonb NOT NULL
);
