CREATE TABLE "advice_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" text DEFAULT 'awaiting_email_confirmation' NOT NULL,
	"professional_name" text NOT NULL,
	"professional_role" text NOT NULL,
	"organisation" text NOT NULL,
	"email" text NOT NULL,
	"child_kind" text NOT NULL,
	"child_name" text,
	"consent_given" boolean DEFAULT false NOT NULL,
	"child_age" smallint NOT NULL,
	"child_setting" text,
	"locality_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"concern" text NOT NULL,
	"tried" text NOT NULL,
	"token_hash" text,
	"token_expires_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"consultation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advice_requests_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "advice_requests_consultation_id_unique" UNIQUE("consultation_id"),
	CONSTRAINT "advice_requests_status_check" CHECK ("advice_requests"."status" in ('awaiting_email_confirmation', 'confirmed')),
	CONSTRAINT "advice_requests_child_kind_check" CHECK ("advice_requests"."child_kind" in ('named', 'no_names')),
	CONSTRAINT "advice_requests_named_check" CHECK ("advice_requests"."child_kind" <> 'named' or ("advice_requests"."child_name" is not null and "advice_requests"."consent_given")),
	CONSTRAINT "advice_requests_confirmed_check" CHECK (("advice_requests"."status" = 'confirmed') = ("advice_requests"."consultation_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "consultations" ALTER COLUMN "taken_by" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "consultations" ALTER COLUMN "outcome" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "source" text DEFAULT 'phone' NOT NULL;--> statement-breakpoint
ALTER TABLE "advice_requests" ADD CONSTRAINT "advice_requests_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_requests" ADD CONSTRAINT "advice_requests_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_requests" ADD CONSTRAINT "advice_requests_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advice_requests_unconfirmed_idx" ON "advice_requests" USING btree ("created_at") WHERE "advice_requests"."status" = 'awaiting_email_confirmation';--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_source_check" CHECK ("consultations"."source" in ('phone', 'online'));--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_online_check" CHECK ("consultations"."source" = 'online' or ("consultations"."taken_by" is not null and "consultations"."outcome" is not null));