CREATE TYPE "public"."parental_responsibility_basis" AS ENUM('birth_mother', 'married_or_civil_partner_at_birth', 'registered_on_birth_certificate', 'parental_responsibility_agreement', 'parental_responsibility_order', 'child_arrangements_order', 'special_guardianship_order', 'adoption_order', 'care_order');--> statement-breakpoint
CREATE TYPE "public"."relationship_type" AS ENUM('parent', 'step_parent', 'grandparent', 'sibling', 'half_sibling', 'step_sibling', 'aunt_or_uncle', 'partner', 'foster_carer', 'kinship_carer', 'special_guardian', 'other_relative', 'other');--> statement-breakpoint
CREATE TYPE "public"."consent_given_by" AS ENUM('the_person', 'parent_with_parental_responsibility', 'other_with_parental_responsibility');--> statement-breakpoint
CREATE TYPE "public"."consent_method" AS ENUM('written', 'verbal', 'online');--> statement-breakpoint
CREATE TYPE "public"."consent_purpose" AS ENUM('early_help_assessment', 'share_information', 'team_around_the_family', 'contact_by_service', 'photographs');--> statement-breakpoint
CREATE TYPE "public"."contact_channel" AS ENUM('sms', 'phone', 'email', 'letter');--> statement-breakpoint
CREATE TYPE "public"."enrolment_status" AS ENUM('enrolled', 'completed', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."outcome_measure" AS ENUM('sdq', 'wemwbs', 'outcomes_star');--> statement-breakpoint
CREATE TYPE "public"."programme_attendance_status" AS ENUM('attended', 'absent', 'apologies');--> statement-breakpoint
CREATE TYPE "public"."programme_run_status" AS ENUM('planned', 'running', 'finished', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."sdq_informant" AS ENUM('parent', 'teacher', 'self');--> statement-breakpoint
CREATE TABLE "person_relationships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"relative_id" uuid NOT NULL,
	"relationship" "relationship_type" NOT NULL,
	"parental_responsibility" "parental_responsibility_basis",
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_relationships_not_self_check" CHECK ("person_relationships"."person_id" <> "person_relationships"."relative_id")
);
--> statement-breakpoint
CREATE TABLE "consent_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"given_by_person_id" uuid NOT NULL,
	"given_by" "consent_given_by" NOT NULL,
	"purpose" "consent_purpose" NOT NULL,
	"given_on" date NOT NULL,
	"method" "consent_method" NOT NULL,
	"notes" text,
	"withdrawn_on" date,
	"withdrawal_reason" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_records_withdrawn_after_given_check" CHECK ("consent_records"."withdrawn_on" is null or "consent_records"."withdrawn_on" >= "consent_records"."given_on"),
	CONSTRAINT "consent_records_withdrawal_reason_check" CHECK (("consent_records"."withdrawn_on" is null) = ("consent_records"."withdrawal_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "contact_details" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"mobile_phone" text,
	"other_phone" text,
	"email" text,
	"address" jsonb,
	"preferred_channel" "contact_channel" NOT NULL,
	"consent_to_contact" boolean NOT NULL,
	"consent_recorded_on" date,
	"safe_to_leave_message" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_details_consent_date_check" CHECK (not "contact_details"."consent_to_contact" or "contact_details"."consent_recorded_on" is not null),
	CONSTRAINT "contact_details_channel_check" CHECK (("contact_details"."preferred_channel" <> 'sms' or "contact_details"."mobile_phone" is not null)
        and ("contact_details"."preferred_channel" <> 'phone' or coalesce("contact_details"."mobile_phone", "contact_details"."other_phone") is not null)
        and ("contact_details"."preferred_channel" <> 'email' or "contact_details"."email" is not null)
        and ("contact_details"."preferred_channel" <> 'letter' or "contact_details"."address" is not null))
);
--> statement-breakpoint
CREATE TABLE "outcome_measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"enrolment_id" uuid,
	"measure" "outcome_measure" NOT NULL,
	"taken_on" date NOT NULL,
	"informant" "sdq_informant",
	"star" text,
	"item_scores" jsonb NOT NULL,
	"total" smallint,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_measurements_shape_check" CHECK (case "outcome_measurements"."measure"
        when 'sdq' then jsonb_typeof("outcome_measurements"."item_scores") = 'array' and jsonb_array_length("outcome_measurements"."item_scores") = 25 and "outcome_measurements"."informant" is not null
        when 'wemwbs' then jsonb_typeof("outcome_measurements"."item_scores") = 'array' and jsonb_array_length("outcome_measurements"."item_scores") = 14
        else jsonb_typeof("outcome_measurements"."item_scores") = 'object' and "outcome_measurements"."star" is not null
      end),
	CONSTRAINT "outcome_measurements_total_check" CHECK (case "outcome_measurements"."measure"
        when 'sdq' then "outcome_measurements"."total" is null or "outcome_measurements"."total" between 0 and 40
        when 'wemwbs' then "outcome_measurements"."total" between 14 and 70
        else "outcome_measurements"."total" >= 1
      end)
);
--> statement-breakpoint
CREATE TABLE "programme_attendance" (
	"enrolment_id" uuid NOT NULL,
	"session_date" date NOT NULL,
	"status" "programme_attendance_status" NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_attendance_enrolment_id_session_date_pk" PRIMARY KEY("enrolment_id","session_date")
);
--> statement-breakpoint
CREATE TABLE "programme_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" "enrolment_status" DEFAULT 'enrolled' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_enrolments_run_person_key" UNIQUE("run_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "programme_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"centre_id" uuid,
	"venue_name" text,
	"venue_postcode" text,
	"starts_on" date NOT NULL,
	"schedule" jsonb NOT NULL,
	"facilitators" text[] NOT NULL,
	"capacity" smallint NOT NULL,
	"status" "programme_run_status" DEFAULT 'planned' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_runs_capacity_check" CHECK ("programme_runs"."capacity" > 0),
	CONSTRAINT "programme_runs_venue_check" CHECK (("programme_runs"."centre_id" is not null and "programme_runs"."venue_name" is null and "programme_runs"."venue_postcode" is null)
        or ("programme_runs"."centre_id" is null and "programme_runs"."venue_name" is not null and "programme_runs"."venue_postcode" is not null)),
	CONSTRAINT "programme_runs_facilitators_check" CHECK (cardinality("programme_runs"."facilitators") > 0)
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "expected_date_of_birth" date;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "sex" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "ethnicity" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "disabilities" text[];--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "has_send" boolean;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "has_ehc_plan" boolean;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "is_care_leaver" boolean;--> statement-breakpoint
ALTER TABLE "person_relationships" ADD CONSTRAINT "person_relationships_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_relationships" ADD CONSTRAINT "person_relationships_relative_id_people_id_fk" FOREIGN KEY ("relative_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_given_by_person_id_people_id_fk" FOREIGN KEY ("given_by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_recorded_by_staff_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_details" ADD CONSTRAINT "contact_details_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measurements" ADD CONSTRAINT "outcome_measurements_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measurements" ADD CONSTRAINT "outcome_measurements_enrolment_id_programme_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."programme_enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measurements" ADD CONSTRAINT "outcome_measurements_recorded_by_staff_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_attendance" ADD CONSTRAINT "programme_attendance_enrolment_id_programme_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."programme_enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_attendance" ADD CONSTRAINT "programme_attendance_recorded_by_staff_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_enrolments" ADD CONSTRAINT "programme_enrolments_run_id_programme_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."programme_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_enrolments" ADD CONSTRAINT "programme_enrolments_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_enrolments" ADD CONSTRAINT "programme_enrolments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_runs" ADD CONSTRAINT "programme_runs_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_runs" ADD CONSTRAINT "programme_runs_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_runs" ADD CONSTRAINT "programme_runs_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "person_relationships_pair_key" ON "person_relationships" USING btree ("person_id","relative_id");--> statement-breakpoint
CREATE INDEX "person_relationships_relative_idx" ON "person_relationships" USING btree ("relative_id");--> statement-breakpoint
CREATE INDEX "consent_records_person_purpose_idx" ON "consent_records" USING btree ("person_id","purpose");--> statement-breakpoint
CREATE INDEX "outcome_measurements_person_idx" ON "outcome_measurements" USING btree ("person_id","measure","taken_on");--> statement-breakpoint
CREATE INDEX "programme_enrolments_family_idx" ON "programme_enrolments" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "programme_runs_programme_idx" ON "programme_runs" USING btree ("programme_id","starts_on");--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_sex_check" CHECK ("people"."sex" in ('F', 'M', 'U'));--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_ehc_plan_needs_send_check" CHECK (not coalesce("people"."has_ehc_plan", false) or coalesce("people"."has_send", false));