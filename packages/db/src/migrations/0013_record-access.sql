CREATE TYPE "public"."restriction_category" AS ENUM('adoption', 'staff_relative', 'high_profile', 'other');--> statement-breakpoint
CREATE TABLE "person_restriction_allowed_staff" (
	"person_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	CONSTRAINT "person_restriction_allowed_staff_person_id_staff_id_pk" PRIMARY KEY("person_id","staff_id")
);
--> statement-breakpoint
CREATE TABLE "person_restrictions" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"category" "restriction_category" NOT NULL,
	"note" text,
	"contact" text NOT NULL,
	"restricted_by" uuid NOT NULL,
	"restricted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_access_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "person_restriction_allowed_staff" ADD CONSTRAINT "person_restriction_allowed_staff_person_id_person_restrictions_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person_restrictions"("person_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_restriction_allowed_staff" ADD CONSTRAINT "person_restriction_allowed_staff_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_restrictions" ADD CONSTRAINT "person_restrictions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_restrictions" ADD CONSTRAINT "person_restrictions_restricted_by_staff_users_id_fk" FOREIGN KEY ("restricted_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_access_grants" ADD CONSTRAINT "record_access_grants_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_access_grants" ADD CONSTRAINT "record_access_grants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "record_access_grants_person_idx" ON "record_access_grants" USING btree ("person_id","staff_id");--> statement-breakpoint
CREATE INDEX "record_access_grants_granted_at_idx" ON "record_access_grants" USING btree ("granted_at");