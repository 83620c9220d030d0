CREATE TABLE "person_handles" (
	"handle_hash" text PRIMARY KEY NOT NULL,
	"staff_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "merged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "merged_by" uuid;--> statement-breakpoint
ALTER TABLE "person_handles" ADD CONSTRAINT "person_handles_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_handles" ADD CONSTRAINT "person_handles_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_handles_staff_expires_idx" ON "person_handles" USING btree ("staff_id","expires_at");--> statement-breakpoint
CREATE INDEX "person_handles_person_idx" ON "person_handles" USING btree ("person_id");--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_merged_into_id_people_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_merged_by_staff_users_id_fk" FOREIGN KEY ("merged_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "people_merged_into_idx" ON "people" USING btree ("merged_into_id") WHERE "people"."merged_into_id" is not null;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_not_merged_into_self_check" CHECK ("people"."merged_into_id" is null or "people"."merged_into_id" <> "people"."id");--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_merged_when_check" CHECK (("people"."merged_into_id" is null) = ("people"."merged_at" is null));