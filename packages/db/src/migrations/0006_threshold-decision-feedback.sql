ALTER TABLE "threshold_decisions" ADD COLUMN "consultation_id" uuid;--> statement-breakpoint
ALTER TABLE "threshold_decisions" ADD COLUMN "feedback_to_referrer" jsonb;