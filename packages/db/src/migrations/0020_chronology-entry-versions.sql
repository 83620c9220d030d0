CREATE TABLE "chronology_entry_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"person_id" uuid,
	"occurred_on" date NOT NULL,
	"kind" "chronology_entry_kind" NOT NULL,
	"summary" text NOT NULL,
	"significant" boolean NOT NULL,
	"written_by" uuid NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	"replaced_by" uuid NOT NULL,
	"replaced_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "chronology_entries" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "chronology_entries" ADD COLUMN "edited_by" uuid;--> statement-breakpoint
ALTER TABLE "chronology_entry_versions" ADD CONSTRAINT "chronology_entry_versions_entry_id_chronology_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."chronology_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chronology_entry_versions" ADD CONSTRAINT "chronology_entry_versions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chronology_entry_versions" ADD CONSTRAINT "chronology_entry_versions_written_by_staff_users_id_fk" FOREIGN KEY ("written_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chronology_entry_versions" ADD CONSTRAINT "chronology_entry_versions_replaced_by_staff_users_id_fk" FOREIGN KEY ("replaced_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chronology_entry_versions_entry_idx" ON "chronology_entry_versions" USING btree ("entry_id","replaced_at");--> statement-breakpoint
ALTER TABLE "chronology_entries" ADD CONSTRAINT "chronology_entries_edited_by_staff_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;