CREATE TYPE "public"."early_help_assessment_status" AS ENUM('draft', 'completed', 'signed_off', 'reviewed');--> statement-breakpoint
CREATE TABLE "early_help_assessment_children" (
	"assessment_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "early_help_assessment_children_assessment_id_person_id_pk" PRIMARY KEY("assessment_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "early_help_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"status" "early_help_assessment_status" DEFAULT 'draft' NOT NULL,
	"started_on" date NOT NULL,
	"due_on" date NOT NULL,
	"lead_professional" jsonb,
	"lead_professional_staff_id" uuid,
	"childs_voice" text,
	"childs_voice_not_recorded_reason" text,
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"strengths" text[] DEFAULT '{}' NOT NULL,
	"needs" text[] DEFAULT '{}' NOT NULL,
	"consent_given_by_person_id" uuid,
	"consent_given_on" date,
	"consent_withdrawn_on" date,
	"completed_on" date,
	"signed_off_on" date,
	"signed_off_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "early_help_assessments_due_check" CHECK ("early_help_assessments"."due_on" >= "early_help_assessments"."started_on"),
	CONSTRAINT "early_help_assessments_consent_check" CHECK ("early_help_assessments"."consent_withdrawn_on" is null or "early_help_assessments"."consent_withdrawn_on" >= "early_help_assessments"."consent_given_on")
);
--> statement-breakpoint
CREATE TABLE "threshold_decision_children" (
	"decision_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "threshold_decision_children_decision_id_person_id_pk" PRIMARY KEY("decision_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "threshold_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid,
	"consent" text NOT NULL,
	"indicator_codes" text[] DEFAULT '{}' NOT NULL,
	"protective_factors" text[] DEFAULT '{}' NOT NULL,
	"suggested_level" smallint NOT NULL,
	"level" smallint NOT NULL,
	"rationale" text,
	"outcome" text NOT NULL,
	"decided_on" date NOT NULL,
	"decided_by" uuid NOT NULL,
	"senior_confirmation_required" boolean NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "threshold_decisions_level_check" CHECK ("threshold_decisions"."level" between 1 and 4 and "threshold_decisions"."suggested_level" between 1 and 4),
	CONSTRAINT "threshold_decisions_rationale_check" CHECK ("threshold_decisions"."level" = "threshold_decisions"."suggested_level" or coalesce(btrim("threshold_decisions"."rationale"), '') <> ''),
	CONSTRAINT "threshold_decisions_confirmation_check" CHECK (("threshold_decisions"."confirmed_by" is null) = ("threshold_decisions"."confirmed_at" is null))
);
--> statement-breakpoint
CREATE TABLE "child_protection_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"initial_category" text NOT NULL,
	"latest_category" text NOT NULL,
	"number_of_previous_cpp" smallint NOT NULL,
	"review_dates" date[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "child_protection_plans_dates_check" CHECK ("child_protection_plans"."end_date" is null or "child_protection_plans"."end_date" > "child_protection_plans"."start_date"),
	CONSTRAINT "child_protection_plans_previous_check" CHECK ("child_protection_plans"."number_of_previous_cpp" >= 0)
);
--> statement-breakpoint
CREATE TABLE "cin_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"authorisation_date" date,
	"factors" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cin_assessments_dates_check" CHECK ("cin_assessments"."authorisation_date" is null or "cin_assessments"."authorisation_date" >= "cin_assessments"."start_date")
);
--> statement-breakpoint
CREATE TABLE "cin_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"closure_date" date NOT NULL,
	"reason_for_closure" text NOT NULL,
	"closed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cin_closures_referral_id_unique" UNIQUE("referral_id")
);
--> statement-breakpoint
CREATE TABLE "cin_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cin_plans_dates_check" CHECK ("cin_plans"."end_date" is null or "cin_plans"."end_date" > "cin_plans"."start_date")
);
--> statement-breakpoint
CREATE TABLE "cin_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"referral_date" date NOT NULL,
	"referral_source" text NOT NULL,
	"primary_need" text,
	"referral_nfa" boolean NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cin_referrals_primary_need_check" CHECK ("cin_referrals"."referral_nfa" or "cin_referrals"."primary_need" is not null)
);
--> statement-breakpoint
CREATE TABLE "section47_enquiries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"icpc_target_date" date,
	"date_of_initial_cpc" date,
	"icpc_not_required" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "section47_enquiries_dates_check" CHECK ("section47_enquiries"."date_of_initial_cpc" is null or "section47_enquiries"."date_of_initial_cpc" >= "section47_enquiries"."start_date"),
	CONSTRAINT "section47_enquiries_icpc_check" CHECK (not ("section47_enquiries"."icpc_not_required" and "section47_enquiries"."date_of_initial_cpc" is not null))
);
--> statement-breakpoint
ALTER TABLE "early_help_assessment_children" ADD CONSTRAINT "early_help_assessment_children_assessment_id_early_help_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."early_help_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_assessment_children" ADD CONSTRAINT "early_help_assessment_children_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD CONSTRAINT "early_help_assessments_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD CONSTRAINT "early_help_assessments_lead_professional_staff_id_staff_users_id_fk" FOREIGN KEY ("lead_professional_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD CONSTRAINT "early_help_assessments_consent_given_by_person_id_people_id_fk" FOREIGN KEY ("consent_given_by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD CONSTRAINT "early_help_assessments_signed_off_by_staff_users_id_fk" FOREIGN KEY ("signed_off_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD CONSTRAINT "early_help_assessments_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "threshold_decision_children" ADD CONSTRAINT "threshold_decision_children_decision_id_threshold_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."threshold_decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "threshold_decision_children" ADD CONSTRAINT "threshold_decision_children_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "threshold_decisions" ADD CONSTRAINT "threshold_decisions_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "threshold_decisions" ADD CONSTRAINT "threshold_decisions_decided_by_staff_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "threshold_decisions" ADD CONSTRAINT "threshold_decisions_confirmed_by_staff_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_protection_plans" ADD CONSTRAINT "child_protection_plans_referral_id_cin_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."cin_referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cin_assessments" ADD CONSTRAINT "cin_assessments_referral_id_cin_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."cin_referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cin_closures" ADD CONSTRAINT "cin_closures_referral_id_cin_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."cin_referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cin_closures" ADD CONSTRAINT "cin_closures_closed_by_staff_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cin_plans" ADD CONSTRAINT "cin_plans_referral_id_cin_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."cin_referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cin_referrals" ADD CONSTRAINT "cin_referrals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cin_referrals" ADD CONSTRAINT "cin_referrals_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section47_enquiries" ADD CONSTRAINT "section47_enquiries_referral_id_cin_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."cin_referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "early_help_assessment_children_person_idx" ON "early_help_assessment_children" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "early_help_assessments_family_idx" ON "early_help_assessments" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "early_help_assessments_lead_idx" ON "early_help_assessments" USING btree ("lead_professional_staff_id");--> statement-breakpoint
CREATE INDEX "threshold_decision_children_person_idx" ON "threshold_decision_children" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "threshold_decisions_family_idx" ON "threshold_decisions" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "child_protection_plans_referral_idx" ON "child_protection_plans" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "cin_assessments_referral_idx" ON "cin_assessments" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "cin_plans_referral_idx" ON "cin_plans" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "cin_referrals_person_idx" ON "cin_referrals" USING btree ("person_id","referral_date");--> statement-breakpoint
CREATE INDEX "section47_enquiries_referral_idx" ON "section47_enquiries" USING btree ("referral_id");