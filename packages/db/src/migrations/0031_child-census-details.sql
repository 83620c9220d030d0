ALTER TABLE "people" ADD COLUMN "former_upn" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "upn_unknown_reason" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "date_of_death" date;