CREATE TYPE "public"."other_name_kind" AS ENUM('known_as', 'former');--> statement-breakpoint
CREATE TABLE "person_other_names" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" "other_name_kind" NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "person_other_names" ADD CONSTRAINT "person_other_names_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_other_names_person_idx" ON "person_other_names" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_other_names_name_trgm_idx" ON "person_other_names" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "families_name_trgm_idx" ON "families" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "families_postcode_district_idx" ON "families" USING btree (split_part("postcode", ' ', 1));--> statement-breakpoint
CREATE INDEX "families_postcode_idx" ON "families" USING btree ("postcode");--> statement-breakpoint
CREATE INDEX "people_full_name_trgm_idx" ON "people" USING gin (lower("first_name" || ' ' || "last_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_last_name_metaphone_idx" ON "people" USING btree (dmetaphone("last_name"));--> statement-breakpoint
CREATE INDEX "people_first_name_metaphone_idx" ON "people" USING btree (dmetaphone("first_name"));--> statement-breakpoint
CREATE INDEX "people_postcode_district_idx" ON "people" USING btree (split_part("postcode", ' ', 1));--> statement-breakpoint
CREATE INDEX "contact_details_line1_trgm_idx" ON "contact_details" USING gin (lower("address"->>'line1') gin_trgm_ops);