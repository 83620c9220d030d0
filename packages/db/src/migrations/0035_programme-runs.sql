CREATE TYPE "public"."measurement_point" AS ENUM('before', 'after', 'review');--> statement-breakpoint
CREATE TYPE "public"."programme_referral_source" AS ENUM('fss_case', 'eha', 'taf', 'consultation', 'self');--> statement-breakpoint
CREATE TYPE "public"."programme_referral_status" AS ENUM('waiting', 'offered', 'enrolled', 'declined', 'withdrawn');--> statement-breakpoint
ALTER TYPE "public"."family_message_kind" ADD VALUE 'programme_place_offered';--> statement-breakpoint
ALTER TYPE "public"."family_message_kind" ADD VALUE 'programme_enrolled';--> statement-breakpoint
CREATE TABLE "programme_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"source" "programme_referral_source" NOT NULL,
	"source_id" uuid,
	"consent_given" boolean NOT NULL,
	"consent_given_by" text NOT NULL,
	"consent_recorded_on" date NOT NULL,
	"carer_name" text NOT NULL,
	"mobile" text,
	"email" text,
	"preferred_channel" text NOT NULL,
	"status" "programme_referral_status" DEFAULT 'waiting' NOT NULL,
	"referred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"offered_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"referred_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_referrals_consent_check" CHECK ("programme_referrals"."consent_given"),
	CONSTRAINT "programme_referrals_contact_check" CHECK ("programme_referrals"."mobile" is not null or "programme_referrals"."email" is not null)
);
--> statement-breakpoint
ALTER TABLE "family_message_outbox" ALTER COLUMN "booking_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "family_message_outbox" ALTER COLUMN "session_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "family_message_outbox" ADD COLUMN "referral_id" uuid;--> statement-breakpoint
ALTER TABLE "notification_deliveries" ADD COLUMN "referral_id" uuid;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "target_group" text;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "outcome_measures" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "outcome_measurements" ADD COLUMN "point" "measurement_point" DEFAULT 'review' NOT NULL;--> statement-breakpoint
ALTER TABLE "programme_enrolments" ADD COLUMN "referral_id" uuid;--> statement-breakpoint
ALTER TABLE "programme_runs" ADD COLUMN "facilitator_staff_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "programme_runs" ADD COLUMN "area_id" uuid;--> statement-breakpoint
ALTER TABLE "programme_runs" ADD COLUMN "session_dates" date[] DEFAULT '{}'::date[] NOT NULL;--> statement-breakpoint
ALTER TABLE "programme_referrals" ADD CONSTRAINT "programme_referrals_run_id_programme_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."programme_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_referrals" ADD CONSTRAINT "programme_referrals_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_referrals" ADD CONSTRAINT "programme_referrals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_referrals" ADD CONSTRAINT "programme_referrals_referred_by_staff_users_id_fk" FOREIGN KEY ("referred_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_referrals_run_idx" ON "programme_referrals" USING btree ("run_id","status","referred_at");--> statement-breakpoint
CREATE INDEX "programme_referrals_family_idx" ON "programme_referrals" USING btree ("family_id");--> statement-breakpoint
ALTER TABLE "family_message_outbox" ADD CONSTRAINT "family_message_outbox_referral_id_programme_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."programme_referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_referral_id_programme_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."programme_referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_runs" ADD CONSTRAINT "programme_runs_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_message_outbox" ADD CONSTRAINT "family_message_outbox_subject_check" CHECK (("family_message_outbox"."booking_id" is not null and "family_message_outbox"."session_id" is not null and "family_message_outbox"."referral_id" is null) or ("family_message_outbox"."booking_id" is null and "family_message_outbox"."session_id" is null and "family_message_outbox"."referral_id" is not null));--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_outcome_measures_check" CHECK ("programmes"."outcome_measures" <@ array['sdq','wemwbs','outcomes_star']::text[]);