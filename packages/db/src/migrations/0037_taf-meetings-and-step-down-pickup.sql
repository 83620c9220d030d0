ALTER TABLE "taf_meetings" ALTER COLUMN "held_on" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "taf_meetings" ALTER COLUMN "summary" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "fss_cases" ADD COLUMN "step_down_picked_up_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "fss_cases" ADD COLUMN "step_down_picked_up_by" uuid;--> statement-breakpoint
ALTER TABLE "taf_meetings" ADD COLUMN "scheduled_on" date;--> statement-breakpoint
ALTER TABLE "taf_meetings" ADD COLUMN "starts_at" text;--> statement-breakpoint
ALTER TABLE "taf_meetings" ADD COLUMN "venue" text;--> statement-breakpoint
ALTER TABLE "fss_cases" ADD CONSTRAINT "fss_cases_step_down_picked_up_by_staff_users_id_fk" FOREIGN KEY ("step_down_picked_up_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fss_cases_step_down_waiting_idx" ON "fss_cases" USING btree ("area_id") WHERE "fss_cases"."stepped_down_to_lcss" and "fss_cases"."step_down_picked_up_at" is null;--> statement-breakpoint
CREATE INDEX "taf_meetings_scheduled_idx" ON "taf_meetings" USING btree ("scheduled_on") WHERE "taf_meetings"."held_on" is null;--> statement-breakpoint
ALTER TABLE "taf_meetings" ADD CONSTRAINT "taf_meetings_minutes_check" CHECK (("taf_meetings"."held_on" is null) = ("taf_meetings"."summary" is null));--> statement-breakpoint
ALTER TABLE "taf_meetings" ADD CONSTRAINT "taf_meetings_scheduled_check" CHECK ("taf_meetings"."held_on" is not null or ("taf_meetings"."scheduled_on" is not null and "taf_meetings"."starts_at" is not null and "taf_meetings"."venue" is not null));