CREATE TYPE "public"."family_alert_kind" AS ENUM('risk_to_staff', 'interpreter', 'do_not_share_address', 'other');--> statement-breakpoint
CREATE TABLE "family_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"kind" "family_alert_kind" NOT NULL,
	"text" text NOT NULL,
	"added_by" uuid,
	"review_by" date NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	"end_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "key_worker_id" uuid;--> statement-breakpoint
ALTER TABLE "family_alerts" ADD CONSTRAINT "family_alerts_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_alerts" ADD CONSTRAINT "family_alerts_added_by_staff_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_alerts" ADD CONSTRAINT "family_alerts_reviewed_by_staff_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_alerts" ADD CONSTRAINT "family_alerts_ended_by_staff_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "family_alerts_family_idx" ON "family_alerts" USING btree ("family_id","ended_at");--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_key_worker_id_staff_users_id_fk" FOREIGN KEY ("key_worker_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;