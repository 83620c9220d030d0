CREATE TABLE "neet_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"activity_code" text NOT NULL,
	"start_date" date NOT NULL,
	"expected_end_date" date,
	"last_confirmed_on" date NOT NULL,
	"source" text NOT NULL,
	"characteristics" text[] DEFAULT '{}'::text[] NOT NULL,
	"intended_destination_code" text,
	"september_guarantee_year11" text,
	"september_guarantee_year12" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "neet_activities_code_check" CHECK ("neet_activities"."activity_code" ~ '^[0-9]{3}$'),
	CONSTRAINT "neet_activities_confirmed_after_start_check" CHECK ("neet_activities"."last_confirmed_on" >= "neet_activities"."start_date")
);
--> statement-breakpoint
DROP INDEX "statutory_returns_one_running_key";--> statement-breakpoint
ALTER TABLE "neet_activities" ADD CONSTRAINT "neet_activities_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neet_activities" ADD CONSTRAINT "neet_activities_recorded_by_staff_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "neet_activities_person_latest_idx" ON "neet_activities" USING btree ("person_id","recorded_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "neet_activities_recorded_by_idx" ON "neet_activities" USING btree ("recorded_by");--> statement-breakpoint
CREATE UNIQUE INDEX "statutory_returns_one_running_key" ON "statutory_returns" USING btree ("kind","reference_date") WHERE "statutory_returns"."status" in ('queued', 'running');