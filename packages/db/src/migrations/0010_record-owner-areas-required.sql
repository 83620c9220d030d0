ALTER TABLE "centres" ALTER COLUMN "area_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "families" ALTER COLUMN "area_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ALTER COLUMN "area_id" SET NOT NULL;