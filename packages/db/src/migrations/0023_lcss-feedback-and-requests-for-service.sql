CREATE TABLE "requests_for_service" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer GENERATED ALWAYS AS IDENTITY (sequence name "requests_for_service_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"area_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"consultation_id" uuid,
	"level" smallint NOT NULL,
	"reasons" text NOT NULL,
	"tried_so_far" text NOT NULL,
	"consent_given_by" text NOT NULL,
	"consent_given_on" date NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"decision_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "requests_for_service_level_check" CHECK ("requests_for_service"."level" between 1 and 4),
	CONSTRAINT "requests_for_service_status_check" CHECK ("requests_for_service"."status" in ('received', 'accepted', 'stepped_down', 'escalated', 'no_further_action')),
	CONSTRAINT "requests_for_service_decision_check" CHECK (("requests_for_service"."status" = 'received') = ("requests_for_service"."decided_at" is null))
);
--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "feedback_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "feedback_method" text;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "feedback_recorded_by" uuid;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "feedback_note" text;--> statement-breakpoint
ALTER TABLE "requests_for_service" ADD CONSTRAINT "requests_for_service_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests_for_service" ADD CONSTRAINT "requests_for_service_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests_for_service" ADD CONSTRAINT "requests_for_service_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests_for_service" ADD CONSTRAINT "requests_for_service_requested_by_staff_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests_for_service" ADD CONSTRAINT "requests_for_service_decided_by_staff_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "requests_for_service_number_idx" ON "requests_for_service" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "requests_for_service_consultation_idx" ON "requests_for_service" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "requests_for_service_area_status_idx" ON "requests_for_service" USING btree ("area_id","status","requested_at");--> statement-breakpoint
CREATE INDEX "requests_for_service_family_idx" ON "requests_for_service" USING btree ("family_id");--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_feedback_recorded_by_staff_users_id_fk" FOREIGN KEY ("feedback_recorded_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultations_awaiting_feedback_idx" ON "consultations" USING btree ("taken_by") WHERE "consultations"."status" = 'awaiting_feedback';--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_feedback_check" CHECK (("consultations"."feedback_sent_at" is null) = ("consultations"."feedback_method" is null) and ("consultations"."feedback_method" is null or "consultations"."feedback_method" in ('email', 'phone')));