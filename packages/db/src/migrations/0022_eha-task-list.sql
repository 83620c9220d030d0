CREATE TYPE "public"."eha_consent_method" AS ENUM('written', 'verbal', 'electronic');--> statement-breakpoint
CREATE TYPE "public"."eha_event_kind" AS ENUM('started', 'completed', 'returned', 'signed_off', 'reviewed', 'consent_withdrawn', 'quality_audited');--> statement-breakpoint
CREATE TYPE "public"."eha_quality_rating" AS ENUM('outstanding', 'good', 'requires_improvement', 'inadequate');--> statement-breakpoint
CREATE TABLE "early_help_assessment_adults" (
	"assessment_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "early_help_assessment_adults_assessment_id_person_id_pk" PRIMARY KEY("assessment_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "early_help_assessment_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"kind" "eha_event_kind" NOT NULL,
	"occurred_on" date NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"by_staff_id" uuid NOT NULL,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD COLUMN "consultation_id" uuid;--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD COLUMN "consent_method" "eha_consent_method";--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD COLUMN "child_assessments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD COLUMN "parents_views" text;--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD COLUMN "analysis" text;--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD COLUMN "desired_outcomes" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD COLUMN "completed_sections" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD COLUMN "return_comments" text;--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD COLUMN "quality_rating" "eha_quality_rating";--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD COLUMN "quality_feedback" text;--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD COLUMN "quality_audited_by" uuid;--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD COLUMN "quality_audited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "early_help_assessment_adults" ADD CONSTRAINT "early_help_assessment_adults_assessment_id_early_help_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."early_help_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_assessment_adults" ADD CONSTRAINT "early_help_assessment_adults_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_assessment_events" ADD CONSTRAINT "early_help_assessment_events_assessment_id_early_help_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."early_help_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_assessment_events" ADD CONSTRAINT "early_help_assessment_events_by_staff_id_staff_users_id_fk" FOREIGN KEY ("by_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "early_help_assessment_adults_person_idx" ON "early_help_assessment_adults" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "early_help_assessment_events_assessment_idx" ON "early_help_assessment_events" USING btree ("assessment_id","recorded_at");--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD CONSTRAINT "early_help_assessments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD CONSTRAINT "early_help_assessments_quality_audited_by_staff_users_id_fk" FOREIGN KEY ("quality_audited_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;