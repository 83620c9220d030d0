CREATE TYPE "public"."taf_action_status" AS ENUM('open', 'done');--> statement-breakpoint
CREATE TYPE "public"."taf_closure_reason" AS ENUM('outcomes_met', 'stepped_up_to_fss', 'stepped_down_to_universal', 'consent_withdrawn');--> statement-breakpoint
CREATE TYPE "public"."taf_member_kind" AS ENUM('family', 'lead_professional', 'agency');--> statement-breakpoint
CREATE TYPE "public"."taf_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TABLE "taf_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"taf_id" uuid NOT NULL,
	"action" text NOT NULL,
	"owner" text NOT NULL,
	"agency" text,
	"due_on" date NOT NULL,
	"outcome" text NOT NULL,
	"status" "taf_action_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "taf_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"taf_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"attendees" text[] DEFAULT '{}' NOT NULL,
	"apologies" text[] DEFAULT '{}' NOT NULL,
	"summary" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "taf_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"taf_id" uuid NOT NULL,
	"kind" "taf_member_kind" NOT NULL,
	"person_id" uuid,
	"name" text NOT NULL,
	"agency" text,
	"role" text,
	"contact" text,
	"added_by" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "taf_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"taf_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"held_on" date,
	"summary" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "teams_around_families" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"status" "taf_status" DEFAULT 'open' NOT NULL,
	"started_on" date NOT NULL,
	"lead_staff_id" uuid NOT NULL,
	"closed_on" date,
	"closure_reason" "taf_closure_reason",
	"closure_summary" text,
	"closed_by" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teams_around_families_closed_check" CHECK (("teams_around_families"."status" = 'closed') = ("teams_around_families"."closed_on" is not null and "teams_around_families"."closure_reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "taf_actions" ADD CONSTRAINT "taf_actions_taf_id_teams_around_families_id_fk" FOREIGN KEY ("taf_id") REFERENCES "public"."teams_around_families"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taf_meetings" ADD CONSTRAINT "taf_meetings_taf_id_teams_around_families_id_fk" FOREIGN KEY ("taf_id") REFERENCES "public"."teams_around_families"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taf_meetings" ADD CONSTRAINT "taf_meetings_recorded_by_staff_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taf_members" ADD CONSTRAINT "taf_members_taf_id_teams_around_families_id_fk" FOREIGN KEY ("taf_id") REFERENCES "public"."teams_around_families"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taf_members" ADD CONSTRAINT "taf_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taf_members" ADD CONSTRAINT "taf_members_added_by_staff_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taf_reviews" ADD CONSTRAINT "taf_reviews_taf_id_teams_around_families_id_fk" FOREIGN KEY ("taf_id") REFERENCES "public"."teams_around_families"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taf_reviews" ADD CONSTRAINT "taf_reviews_recorded_by_staff_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_around_families" ADD CONSTRAINT "teams_around_families_assessment_id_early_help_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."early_help_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_around_families" ADD CONSTRAINT "teams_around_families_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_around_families" ADD CONSTRAINT "teams_around_families_lead_staff_id_staff_users_id_fk" FOREIGN KEY ("lead_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_around_families" ADD CONSTRAINT "teams_around_families_closed_by_staff_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_around_families" ADD CONSTRAINT "teams_around_families_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "taf_actions_taf_idx" ON "taf_actions" USING btree ("taf_id");--> statement-breakpoint
CREATE INDEX "taf_meetings_taf_idx" ON "taf_meetings" USING btree ("taf_id");--> statement-breakpoint
CREATE INDEX "taf_members_taf_idx" ON "taf_members" USING btree ("taf_id");--> statement-breakpoint
CREATE INDEX "taf_members_person_idx" ON "taf_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "taf_reviews_taf_idx" ON "taf_reviews" USING btree ("taf_id");--> statement-breakpoint
CREATE UNIQUE INDEX "taf_reviews_one_pending_idx" ON "taf_reviews" USING btree ("taf_id") WHERE "taf_reviews"."held_on" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "teams_around_families_assessment_idx" ON "teams_around_families" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "teams_around_families_family_idx" ON "teams_around_families" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "teams_around_families_lead_idx" ON "teams_around_families" USING btree ("lead_staff_id");