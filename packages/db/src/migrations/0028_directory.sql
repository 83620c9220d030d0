CREATE TABLE "directory_service_localities" (
	"service_id" uuid NOT NULL,
	"locality_id" uuid NOT NULL,
	CONSTRAINT "directory_service_localities_service_id_locality_id_pk" PRIMARY KEY("service_id","locality_id")
);
--> statement-breakpoint
CREATE TABLE "directory_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"provider" text NOT NULL,
	"description" text NOT NULL,
	"needs" text[] NOT NULL,
	"minimum_age" smallint NOT NULL,
	"maximum_age" smallint NOT NULL,
	"eligibility" text,
	"cost" text NOT NULL,
	"venues" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"openings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"times_note" text,
	"access_routes" text[] NOT NULL,
	"access_note" text,
	"phone" text,
	"email" text,
	"website" text,
	"last_reviewed_on" date NOT NULL,
	"owner_staff_id" uuid NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directory_services_age_check" CHECK ("directory_services"."minimum_age" between 0 and 99 and "directory_services"."maximum_age" between "directory_services"."minimum_age" and 99),
	CONSTRAINT "directory_services_access_check" CHECK (cardinality("directory_services"."access_routes") > 0),
	CONSTRAINT "directory_services_needs_check" CHECK (cardinality("directory_services"."needs") > 0),
	CONSTRAINT "directory_services_contact_check" CHECK ("directory_services"."phone" is not null or "directory_services"."email" is not null)
);
--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "signpost_service_id" uuid;--> statement-breakpoint
ALTER TABLE "directory_service_localities" ADD CONSTRAINT "directory_service_localities_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_localities" ADD CONSTRAINT "directory_service_localities_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_services" ADD CONSTRAINT "directory_services_owner_staff_id_staff_users_id_fk" FOREIGN KEY ("owner_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_services" ADD CONSTRAINT "directory_services_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_service_localities_locality_idx" ON "directory_service_localities" USING btree ("locality_id");--> statement-breakpoint
CREATE INDEX "directory_services_owner_idx" ON "directory_services" USING btree ("owner_staff_id");--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_signpost_service_id_directory_services_id_fk" FOREIGN KEY ("signpost_service_id") REFERENCES "public"."directory_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultations_signpost_service_idx" ON "consultations" USING btree ("signpost_service_id");