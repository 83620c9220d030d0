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
ALTER TABLE "requests_for_service" ADD COLUMN "allocation_meeting_id" uuid;--> statement-breakpoint
ALTER TABLE "requests_for_service" ADD COLUMN "requester_read_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "allocation_meeting_partners" ADD CONSTRAINT "allocation_meeting_partners_meeting_id_allocation_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."allocation_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_meeting_staff" ADD CONSTRAINT "allocation_meeting_staff_meeting_id_allocation_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."allocation_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_meeting_staff" ADD CONSTRAINT "allocation_meeting_staff_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_meetings" ADD CONSTRAINT "allocation_meetings_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_meetings" ADD CONSTRAINT "allocation_meetings_recorded_by_staff_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allocation_meetings_area_idx" ON "allocation_meetings" USING btree ("area_id","held_on");--> statement-breakpoint
ALTER TABLE "requests_for_service" ADD CONSTRAINT "requests_for_service_allocation_meeting_id_allocation_meetings_id_fk" FOREIGN KEY ("allocation_meeting_id") REFERENCES "public"."allocation_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "requests_for_service_meeting_idx" ON "requests_for_service" USING btree ("allocation_meeting_id");--> statement-breakpoint
CREATE INDEX "requests_for_service_unread_idx" ON "requests_for_service" USING btree ("requested_by") WHERE "requests_for_service"."decided_at" is not null and "requests_for_service"."requester_read_at" is null;