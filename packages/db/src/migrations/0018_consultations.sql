CREATE TABLE "caller_organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"area_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "caller_organisations_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer GENERATED ALWAYS AS IDENTITY (sequence name "consultations_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"area_id" uuid NOT NULL,
	"locality_id" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"taken_by" uuid NOT NULL,
	"immediate_risk" boolean NOT NULL,
	"caller_name" text,
	"caller_role" text,
	"organisation_id" uuid,
	"organisation_other" text,
	"caller_phone" text,
	"caller_email" text,
	"family_kind" text,
	"family_id" uuid,
	"consent_given_by" text,
	"child_age" smallint,
	"child_setting" text,
	"concern" text,
	"advice_given" text,
	"outcome" text NOT NULL,
	"signpost_to" text,
	"status" text NOT NULL,
	"named_at" timestamp with time zone,
	"named_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultations_family_check" CHECK (("consultations"."family_kind" = 'named') = ("consultations"."family_id" is not null)),
	CONSTRAINT "consultations_immediate_risk_check" CHECK (not "consultations"."immediate_risk" or "consultations"."outcome" = 'social_care_now'),
	CONSTRAINT "consultations_child_age_check" CHECK ("consultations"."child_age" is null or "consultations"."child_age" between 0 and 25)
);
--> statement-breakpoint
ALTER TABLE "caller_organisations" ADD CONSTRAINT "caller_organisations_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_taken_by_staff_users_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_organisation_id_caller_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."caller_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_named_by_staff_users_id_fk" FOREIGN KEY ("named_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultations_area_received_idx" ON "consultations" USING btree ("area_id","received_at" desc);--> statement-breakpoint
CREATE INDEX "consultations_family_idx" ON "consultations" USING btree ("family_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consultations_number_idx" ON "consultations" USING btree ("number");--> statement-breakpoint
ALTER TABLE "threshold_decisions" ADD CONSTRAINT "threshold_decisions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "threshold_decisions_consultation_idx" ON "threshold_decisions" USING btree ("consultation_id");