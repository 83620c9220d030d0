CREATE TYPE "public"."statutory_return_status" AS ENUM('queued', 'running', 'completed', 'failed');--> statement-breakpoint
CREATE TABLE "statutory_returns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"collection_year" smallint NOT NULL,
	"reference_date" date NOT NULL,
	"serial_no" smallint NOT NULL,
	"status" "statutory_return_status" DEFAULT 'queued' NOT NULL,
	"started_by" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"children_in_scope" integer,
	"children_done" integer DEFAULT 0 NOT NULL,
	"error_count" integer,
	"query_count" integer,
	"totals_by_rule" jsonb,
	"failure_reason" text,
	"file_key" text,
	"report_key" text,
	"file_bytes" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statutory_returns_completed_check" CHECK ("statutory_returns"."status" <> 'completed' or ("statutory_returns"."file_key" is not null and "statutory_returns"."report_key" is not null))
);
--> statement-breakpoint
ALTER TABLE "statutory_returns" ADD CONSTRAINT "statutory_returns_started_by_staff_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "statutory_returns_one_running_key" ON "statutory_returns" USING btree ("kind","collection_year") WHERE "statutory_returns"."status" in ('queued', 'running');--> statement-breakpoint
CREATE INDEX "statutory_returns_started_idx" ON "statutory_returns" USING btree ("started_at");