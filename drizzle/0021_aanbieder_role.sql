ALTER TABLE "user_role" DROP CONSTRAINT "user_role_role_check";--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "catalogue_provider_id" text;--> statement-breakpoint
ALTER TABLE "user_role" ADD CONSTRAINT "user_role_role_check" CHECK ("user_role"."role" in ('inwoner', 'adviseur', 'werkgever', 'beheerder', 'aanbieder'));