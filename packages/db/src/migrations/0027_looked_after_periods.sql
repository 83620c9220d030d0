CREATE TABLE "looked_after_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"legal_status" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "looked_after_periods_dates_check" CHECK ("looked_after_periods"."end_date" is null or "looked_after_periods"."end_date" >= "looked_after_periods"."start_date")
);
--> statement-breakpoint
ALTER TABLE "looked_after_periods" ADD CONSTRAINT "looked_after_periods_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "looked_after_periods" ADD CONSTRAINT "looked_after_periods_recorded_by_staff_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "looked_after_periods_person_idx" ON "looked_after_periods" USING btree ("person_id","start_date");