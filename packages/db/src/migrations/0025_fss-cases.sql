CREATE TYPE "public"."case_visit_kind" AS ENUM('home', 'school', 'office', 'phone', 'video', 'group');--> statement-breakpoint
CREATE TYPE "public"."fss_case_child_category" AS ENUM('child_in_need', 'child_protection_plan', 'looked_after', 'neet', 'multiple_needs');--> statement-breakpoint
CREATE TYPE "public"."fss_case_outcome" AS ENUM('met', 'partly_met', 'not_met');--> statement-breakpoint
CREATE TYPE "public"."fss_case_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TABLE "case_visit_children" (
	"visit_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"seen" boolean NOT NULL,
	"seen_alone" boolean,
	"not_seen_alone_reason" text,
	CONSTRAINT "case_visit_children_visit_id_person_id_pk" PRIMARY KEY("visit_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "case_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" "case_visit_kind" NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"occurred_on" date NOT NULL,
	"who_was_seen" text NOT NULL,
	"narrative" text NOT NULL,
	"significant" boolean DEFAULT false NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fss_case_children" (
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"category" "fss_case_child_category" NOT NULL,
	CONSTRAINT "fss_case_children_case_id_person_id_pk" PRIMARY KEY("case_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "fss_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"key_worker_id" uuid NOT NULL,
	"status" "fss_case_status" DEFAULT 'open' NOT NULL,
	"reason" text NOT NULL,
	"opened_on" date NOT NULL,
	"opened_by" uuid NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"close_reason" text,
	"close_summary" text,
	"outcome" "fss_case_outcome",
	"reopen_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_visit_children" ADD CONSTRAINT "case_visit_children_visit_id_case_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."case_visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_visit_children" ADD CONSTRAINT "case_visit_children_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_visits" ADD CONSTRAINT "case_visits_case_id_fss_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."fss_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_visits" ADD CONSTRAINT "case_visits_recorded_by_staff_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fss_case_children" ADD CONSTRAINT "fss_case_children_case_id_fss_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."fss_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fss_case_children" ADD CONSTRAINT "fss_case_children_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fss_cases" ADD CONSTRAINT "fss_cases_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fss_cases" ADD CONSTRAINT "fss_cases_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fss_cases" ADD CONSTRAINT "fss_cases_key_worker_id_staff_users_id_fk" FOREIGN KEY ("key_worker_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fss_cases" ADD CONSTRAINT "fss_cases_opened_by_staff_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fss_cases" ADD CONSTRAINT "fss_cases_closed_by_staff_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_visit_children_person_idx" ON "case_visit_children" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "case_visits_case_idx" ON "case_visits" USING btree ("case_id","occurred_at");--> statement-breakpoint
CREATE INDEX "fss_case_children_person_idx" ON "fss_case_children" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "fss_cases_key_worker_idx" ON "fss_cases" USING btree ("key_worker_id","status");--> statement-breakpoint
CREATE INDEX "fss_cases_family_idx" ON "fss_cases" USING btree ("family_id");