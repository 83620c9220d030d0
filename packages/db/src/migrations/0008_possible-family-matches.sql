CREATE TYPE "public"."family_match_reason" AS ENUM('same_mobile', 'same_email');--> statement-breakpoint
CREATE TYPE "public"."family_match_status" AS ENUM('open', 'confirmed', 'rejected');--> statement-breakpoint
CREATE TABLE "possible_family_matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"existing_family_id" uuid NOT NULL,
	"reason" "family_match_reason" NOT NULL,
	"status" "family_match_status" DEFAULT 'open' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "possible_family_matches_not_self_check" CHECK ("possible_family_matches"."family_id" <> "possible_family_matches"."existing_family_id"),
	CONSTRAINT "possible_family_matches_decided_check" CHECK (("possible_family_matches"."status" = 'open') = ("possible_family_matches"."decided_at" is null))
);
--> statement-breakpoint
ALTER TABLE "possible_family_matches" ADD CONSTRAINT "possible_family_matches_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "possible_family_matches" ADD CONSTRAINT "possible_family_matches_existing_family_id_families_id_fk" FOREIGN KEY ("existing_family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "possible_family_matches" ADD CONSTRAINT "possible_family_matches_decided_by_staff_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "possible_family_matches_pair_key" ON "possible_family_matches" USING btree ("family_id","existing_family_id");--> statement-breakpoint
CREATE INDEX "possible_family_matches_open_idx" ON "possible_family_matches" USING btree ("created_at") WHERE "possible_family_matches"."status" = 'open';--> statement-breakpoint
CREATE INDEX "possible_family_matches_existing_idx" ON "possible_family_matches" USING btree ("existing_family_id");