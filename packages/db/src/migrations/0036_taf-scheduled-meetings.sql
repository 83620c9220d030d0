ALTER TABLE "taf_meetings" ALTER COLUMN "held_on" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "taf_meetings" ALTER COLUMN "summary" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "taf_meetings" ADD COLUMN "scheduled_on" date;--> statement-breakpoint
ALTER TABLE "taf_meetings" ADD COLUMN "starts_at" text;--> statement-breakpoint
ALTER TABLE "taf_meetings" ADD COLUMN "venue" text;--> statement-breakpoint
CREATE INDEX "taf_meetings_scheduled_idx" ON "taf_meetings" USING btree ("scheduled_on") WHERE "taf_meetings"."held_on" is null;--> statement-breakpoint
ALTER TABLE "taf_meetings" ADD CONSTRAINT "taf_meetings_minutes_check" CHECK (("taf_meetings"."held_on" is null) = ("taf_meetings"."summary" is null));--> statement-breakpoint
ALTER TABLE "taf_meetings" ADD CONSTRAINT "taf_meetings_scheduled_check" CHECK ("taf_meetings"."held_on" is not null or ("taf_meetings"."scheduled_on" is not null and "taf_meetings"."starts_at" is not null and "taf_meetings"."venue" is not null));