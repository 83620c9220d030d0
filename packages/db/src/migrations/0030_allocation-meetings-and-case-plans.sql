CREATE TYPE "public"."case_oversight_kind" AS ENUM('management_decision', 'supervision');--> statement-breakpoint
CREATE TYPE "public"."case_plan_action_status" AS ENUM('not_started', 'in_progress', 'done', 'no_longer_needed');--> statement-breakpoint
CREATE TYPE "public"."case_review_decision" AS ENUM('continue_plan', 'change_plan', 'step_down', 'close', 'escalate');--> statement-breakpoint
CREATE TABLE "allocation_meeting_partners" (
	"meeting_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"name" text NOT NULL,
	"agency" text NOT NULL,
	CONSTRAINT "allocation_meeting_partners_meeting_id_position_pk" PRIMARY KEY("meeting_id","position")
);
--> statement-breakpoint
CREATE TABLE "allocation_meeting_staff" (
	"meeting_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	CONSTRAINT "allocation_meeting_staff_meeting_id_staff_id_pk" PRIMARY KEY("meeting_id","staff_id")
);
--> statement-breakpoint
CREATE TABLE "allocation_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_oversight" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" "case_oversight_kind" NOT NULL,
	"decided_on" date NOT NULL,
	"decision" text NOT NULL,
	"rationale" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_plan_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"outcome_id" uuid NOT NULL,
	"description" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date NOT NULL,
	"status" "case_plan_action_status" DEFAULT 'not_started' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_plan_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"description" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_reallocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"from_staff_id" uuid NOT NULL,
	"to_staff_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"reallocated_by" uuid NOT NULL,
	"reallocated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"progress" text NOT NULL,
	"decision" "case_review_decision" NOT NULL,
	"decision_note" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "requests_for_service" ADD COLUMN "allocation_meeting_id" uuid;--> statement-breakpoint
ALTER TABLE "requests_for_service" ADD COLUMN "requester_read_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "fss_cases" ADD COLUMN "stepped_down_to_lcss" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "allocation_meeting_partners" ADD CONSTRAINT "allocation_meeting_partners_meeting_id_allocation_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."allocation_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_meeting_staff" ADD CONSTRAINT "allocation_meeting_staff_meeting_id_allocation_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."allocation_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_meeting_staff" ADD CONSTRAINT "allocation_meeting_staff_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_meetings" ADD CONSTRAINT "allocation_meetings_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_meetings" ADD CONSTRAINT "allocation_meetings_recorded_by_staff_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_oversight" ADD CONSTRAINT "case_oversight_case_id_fss_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."fss_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_oversight" ADD CONSTRAINT "case_oversight_recorded_by_staff_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_plan_actions" ADD CONSTRAINT "case_plan_actions_case_id_fss_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."fss_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_plan_actions" ADD CONSTRAINT "case_plan_actions_outcome_id_case_plan_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."case_plan_outcomes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_plan_actions" ADD CONSTRAINT "case_plan_actions_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_plan_outcomes" ADD CONSTRAINT "case_plan_outcomes_case_id_fss_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."fss_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_plan_outcomes" ADD CONSTRAINT "case_plan_outcomes_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reallocations" ADD CONSTRAINT "case_reallocations_case_id_fss_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."fss_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reallocations" ADD CONSTRAINT "case_reallocations_from_staff_id_staff_users_id_fk" FOREIGN KEY ("from_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reallocations" ADD CONSTRAINT "case_reallocations_to_staff_id_staff_users_id_fk" FOREIGN KEY ("to_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reallocations" ADD CONSTRAINT "case_reallocations_reallocated_by_staff_users_id_fk" FOREIGN KEY ("reallocated_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reviews" ADD CONSTRAINT "case_reviews_case_id_fss_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."fss_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reviews" ADD CONSTRAINT "case_reviews_recorded_by_staff_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allocation_meetings_area_idx" ON "allocation_meetings" USING btree ("area_id","held_on");--> statement-breakpoint
CREATE INDEX "case_oversight_case_idx" ON "case_oversight" USING btree ("case_id","decided_on");--> statement-breakpoint
CREATE INDEX "case_plan_actions_case_idx" ON "case_plan_actions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_plan_outcomes_case_idx" ON "case_plan_outcomes" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_reallocations_case_idx" ON "case_reallocations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_reviews_case_idx" ON "case_reviews" USING btree ("case_id","held_on");--> statement-breakpoint
ALTER TABLE "requests_for_service" ADD CONSTRAINT "requests_for_service_allocation_meeting_id_allocation_meetings_id_fk" FOREIGN KEY ("allocation_meeting_id") REFERENCES "public"."allocation_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "requests_for_service_meeting_idx" ON "requests_for_service" USING btree ("allocation_meeting_id");--> statement-breakpoint
CREATE INDEX "requests_for_service_unread_idx" ON "requests_for_service" USING btree ("requested_by") WHERE "requests_for_service"."decided_at" is not null and "requests_for_service"."requester_read_at" is null;