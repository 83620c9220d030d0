CREATE TABLE "threshold_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"domain" text NOT NULL,
	"area" text NOT NULL,
	"level" smallint NOT NULL,
	"wording" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "threshold_indicators_code_unique" UNIQUE("code"),
	CONSTRAINT "threshold_indicators_level_check" CHECK ("threshold_indicators"."level" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"evidence_rating" text NOT NULL,
	"child_age_from" smallint NOT NULL,
	"child_age_to" smallint NOT NULL,
	"levels_of_need" smallint[] NOT NULL,
	"number_of_sessions" smallint NOT NULL,
	"completion_share" numeric(3, 2) NOT NULL,
	"description" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_name_unique" UNIQUE("name"),
	CONSTRAINT "programmes_age_range_check" CHECK ("programmes"."child_age_from" between 0 and 25 and "programmes"."child_age_to" between "programmes"."child_age_from" and 25),
	CONSTRAINT "programmes_levels_check" CHECK (cardinality("programmes"."levels_of_need") > 0 and "programmes"."levels_of_need" <@ array[1,2,3,4]::smallint[]),
	CONSTRAINT "programmes_sessions_check" CHECK ("programmes"."number_of_sessions" between 1 and 52),
	CONSTRAINT "programmes_completion_share_check" CHECK ("programmes"."completion_share" > 0 and "programmes"."completion_share" <= 1)
);
--> statement-breakpoint
CREATE INDEX "threshold_indicators_domain_area_idx" ON "threshold_indicators" USING btree ("domain","area","level");