ALTER TABLE "people" ADD COLUMN "la_child_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "people_la_child_id_key" ON "people" USING btree ("la_child_id") WHERE "people"."la_child_id" is not null;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_la_child_id_check" CHECK ("people"."la_child_id" ~ '^[A-Za-z0-9]{1,20}$');--> statement-breakpoint
-- The LA child ID is given by the database, so every writer of a referral (the API, the seeders, a
-- merge moving referrals, a hand-run fix) gives the child one. It is the id the census export has
-- always sent (the last 20 hex digits of the person id, upper case), so returns already made keep
-- their ids; set only where there is none, so it never changes once given.
CREATE FUNCTION "la_child_id_from_referrals"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "people" p SET "la_child_id" = upper(right(replace(p."id"::text, '-', ''), 20))
    FROM (SELECT DISTINCT "person_id" FROM new_rows) AS r
    WHERE p."id" = r."person_id" AND p."la_child_id" IS NULL;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "cin_referrals_la_child_id_insert" AFTER INSERT ON "cin_referrals" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "la_child_id_from_referrals"();--> statement-breakpoint
CREATE TRIGGER "cin_referrals_la_child_id_update" AFTER UPDATE ON "cin_referrals" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "la_child_id_from_referrals"();--> statement-breakpoint
UPDATE "people" SET "la_child_id" = upper(right(replace("id"::text, '-', ''), 20))
  WHERE "la_child_id" IS NULL AND EXISTS (SELECT 1 FROM "cin_referrals" r WHERE r."person_id" = "people"."id");
