CREATE TYPE "public"."open_access_session_status" AS ENUM('scheduled', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."session_series_status" AS ENUM('active', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."attendance_status" AS ENUM('attended', 'did_not_attend');--> statement-breakpoint
CREATE TYPE "public"."booking_cancelled_by" AS ENUM('family', 'staff', 'session_cancelled');--> statement-breakpoint
CREATE TYPE "public"."booking_channel" AS ENUM('sms', 'email');--> statement-breakpoint
CREATE TYPE "public"."booking_status" AS ENUM('booked', 'waitlisted', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."family_message_kind" AS ENUM('booking_confirmed', 'booking_waitlisted', 'waitlist_place_offered', 'booking_cancelled', 'session_cancelled', 'session_changed');--> statement-breakpoint
CREATE TABLE "centre_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "centre_closures_dates" CHECK ("centre_closures"."ends_on" >= "centre_closures"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "open_access_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"session_type_id" uuid NOT NULL,
	"series_id" uuid,
	"title" text NOT NULL,
	"description" text,
	"location_note" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"booked_count" integer DEFAULT 0 NOT NULL,
	"waitlist_count" integer DEFAULT 0 NOT NULL,
	"status" "open_access_session_status" DEFAULT 'scheduled' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancellation_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "open_access_sessions_capacity_positive" CHECK ("open_access_sessions"."capacity" > 0),
	CONSTRAINT "open_access_sessions_booked_within_capacity" CHECK ("open_access_sessions"."booked_count" >= 0 and "open_access_sessions"."booked_count" <= "open_access_sessions"."capacity"),
	CONSTRAINT "open_access_sessions_waitlist_not_negative" CHECK ("open_access_sessions"."waitlist_count" >= 0),
	CONSTRAINT "open_access_sessions_ends_after_starts" CHECK ("open_access_sessions"."ends_at" > "open_access_sessions"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "session_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"session_type_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"location_note" text,
	"weekday" smallint NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	"first_date" date NOT NULL,
	"last_date" date NOT NULL,
	"capacity" integer NOT NULL,
	"status" "session_series_status" DEFAULT 'active' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_series_dates" CHECK ("session_series"."last_date" >= "session_series"."first_date")
);
--> statement-breakpoint
CREATE TABLE "session_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"from_months" smallint NOT NULL,
	"until_months" smallint NOT NULL,
	"extended_until_months" smallint,
	"unborn_welcome" boolean DEFAULT false NOT NULL,
	"carer_must_stay" boolean NOT NULL,
	CONSTRAINT "session_types_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "booking_children" (
	"booking_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"send" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_children_booking_id_person_id_pk" PRIMARY KEY("booking_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "booking_manage_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"booking_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"queue_number" bigint GENERATED ALWAYS AS IDENTITY (sequence name "bookings_queue_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"session_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"idempotency_key" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"carer_name" text NOT NULL,
	"mobile" text,
	"email" text,
	"preferred_channel" "booking_channel" NOT NULL,
	"postcode" text NOT NULL,
	"consent_to_contact" boolean NOT NULL,
	"places" integer NOT NULL,
	"status" "booking_status" NOT NULL,
	"booked_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" "booking_cancelled_by",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_reference_unique" UNIQUE("reference"),
	CONSTRAINT "bookings_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "bookings_places_positive" CHECK ("bookings"."places" > 0),
	CONSTRAINT "bookings_has_contact" CHECK ("bookings"."mobile" is not null or "bookings"."email" is not null)
);
--> statement-breakpoint
CREATE TABLE "session_attendances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"booking_id" uuid,
	"family_id" uuid,
	"status" "attendance_status" NOT NULL,
	"walk_in" boolean DEFAULT false NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "family_message_outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "family_message_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" "family_message_kind" NOT NULL,
	"booking_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dispatched_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "reach_postcode_districts" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "centre_closures" ADD CONSTRAINT "centre_closures_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centre_closures" ADD CONSTRAINT "centre_closures_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open_access_sessions" ADD CONSTRAINT "open_access_sessions_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open_access_sessions" ADD CONSTRAINT "open_access_sessions_session_type_id_session_types_id_fk" FOREIGN KEY ("session_type_id") REFERENCES "public"."session_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open_access_sessions" ADD CONSTRAINT "open_access_sessions_series_id_session_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."session_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open_access_sessions" ADD CONSTRAINT "open_access_sessions_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_series" ADD CONSTRAINT "session_series_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_series" ADD CONSTRAINT "session_series_session_type_id_session_types_id_fk" FOREIGN KEY ("session_type_id") REFERENCES "public"."session_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_series" ADD CONSTRAINT "session_series_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_children" ADD CONSTRAINT "booking_children_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_children" ADD CONSTRAINT "booking_children_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_manage_tokens" ADD CONSTRAINT "booking_manage_tokens_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_session_id_open_access_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."open_access_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendances" ADD CONSTRAINT "session_attendances_session_id_open_access_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."open_access_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendances" ADD CONSTRAINT "session_attendances_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendances" ADD CONSTRAINT "session_attendances_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendances" ADD CONSTRAINT "session_attendances_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendances" ADD CONSTRAINT "session_attendances_recorded_by_staff_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_message_outbox" ADD CONSTRAINT "family_message_outbox_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_message_outbox" ADD CONSTRAINT "family_message_outbox_session_id_open_access_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."open_access_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "centre_closures_centre_idx" ON "centre_closures" USING btree ("centre_id","starts_on");--> statement-breakpoint
CREATE INDEX "open_access_sessions_centre_starts_idx" ON "open_access_sessions" USING btree ("centre_id","starts_at");--> statement-breakpoint
CREATE INDEX "open_access_sessions_starts_idx" ON "open_access_sessions" USING btree ("starts_at") WHERE "open_access_sessions"."status" = 'scheduled';--> statement-breakpoint
CREATE INDEX "open_access_sessions_series_idx" ON "open_access_sessions" USING btree ("series_id");--> statement-breakpoint
CREATE INDEX "session_series_centre_idx" ON "session_series" USING btree ("centre_id");--> statement-breakpoint
CREATE INDEX "booking_children_person_idx" ON "booking_children" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "booking_manage_tokens_booking_idx" ON "booking_manage_tokens" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "bookings_session_status_queue_idx" ON "bookings" USING btree ("session_id","status","queue_number");--> statement-breakpoint
CREATE INDEX "bookings_family_idx" ON "bookings" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "bookings_mobile_idx" ON "bookings" USING btree ("mobile") WHERE "bookings"."mobile" is not null;--> statement-breakpoint
CREATE INDEX "bookings_email_idx" ON "bookings" USING btree (lower("email")) WHERE "bookings"."email" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "session_attendances_session_person_key" ON "session_attendances" USING btree ("session_id","person_id");--> statement-breakpoint
CREATE INDEX "session_attendances_person_idx" ON "session_attendances" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "family_message_outbox_pending_idx" ON "family_message_outbox" USING btree ("id") WHERE "family_message_outbox"."dispatched_at" is null;--> statement-breakpoint
CREATE INDEX "people_dob_first_name_idx" ON "people" USING btree ("date_of_birth",lower("first_name"));