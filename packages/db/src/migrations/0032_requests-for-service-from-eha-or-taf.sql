ALTER TABLE "requests_for_service" ADD COLUMN "assessment_id" uuid;--> statement-breakpoint
ALTER TABLE "requests_for_service" ADD COLUMN "taf_id" uuid;--> statement-breakpoint
ALTER TABLE "requests_for_service" ADD CONSTRAINT "requests_for_service_assessment_id_early_help_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."early_help_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests_for_service" ADD CONSTRAINT "requests_for_service_taf_id_teams_around_families_id_fk" FOREIGN KEY ("taf_id") REFERENCES "public"."teams_around_families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "requests_for_service_assessment_idx" ON "requests_for_service" USING btree ("assessment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "requests_for_service_taf_idx" ON "requests_for_service" USING btree ("taf_id");--> statement-breakpoint
ALTER TABLE "requests_for_service" ADD CONSTRAINT "requests_for_service_one_source_check" CHECK (num_nonnulls("requests_for_service"."consultation_id", "requests_for_service"."assessment_id", "requests_for_service"."taf_id") <= 1);