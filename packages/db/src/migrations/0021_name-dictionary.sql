CREATE TABLE "name_words" (
	"word" text PRIMARY KEY NOT NULL,
	"sound" text NOT NULL
);
--> statement-breakpoint
DROP INDEX "families_name_trgm_idx";--> statement-breakpoint
DROP INDEX "people_full_name_trgm_idx";--> statement-breakpoint
DROP INDEX "people_last_name_metaphone_idx";--> statement-breakpoint
DROP INDEX "people_first_name_metaphone_idx";--> statement-breakpoint
CREATE INDEX "name_words_trgm_idx" ON "name_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "name_words_sound_idx" ON "name_words" USING btree ("sound");--> statement-breakpoint
CREATE INDEX "families_name_first_word_idx" ON "families" USING btree (split_part(lower("name"), ' ', 1),"name","id");--> statement-breakpoint
CREATE INDEX "people_surname_first_name_idx" ON "people" USING btree (lower("last_name"),lower("first_name"),"date_of_birth","id");--> statement-breakpoint
CREATE INDEX "people_first_name_surname_idx" ON "people" USING btree (lower("first_name"),lower("last_name"),"date_of_birth","id");--> statement-breakpoint
-- The name dictionary is kept by the database itself, so every writer (the API, the seeders, a
-- merge, a hand-run fix) keeps it whole. Statement triggers see a bulk insert of 300,000 people
-- once, not 300,000 times. Names are only added: a word no longer used matches nobody.
CREATE FUNCTION "name_words_from_people"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "name_words" ("word", "sound")
    SELECT w, dmetaphone(w) FROM (
      SELECT lower("first_name") FROM new_rows UNION SELECT lower("last_name") FROM new_rows
    ) AS words(w)
    WHERE w <> ''
    ON CONFLICT ("word") DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "name_words_from_families"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "name_words" ("word", "sound")
    SELECT DISTINCT w, dmetaphone(w) FROM new_rows, unnest(string_to_array(lower("name"), ' ')) AS words(w)
    WHERE w <> ''
    ON CONFLICT ("word") DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "people_name_words_insert" AFTER INSERT ON "people" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "name_words_from_people"();--> statement-breakpoint
CREATE TRIGGER "people_name_words_update" AFTER UPDATE ON "people" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "name_words_from_people"();--> statement-breakpoint
CREATE TRIGGER "families_name_words_insert" AFTER INSERT ON "families" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "name_words_from_families"();--> statement-breakpoint
CREATE TRIGGER "families_name_words_update" AFTER UPDATE ON "families" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "name_words_from_families"();--> statement-breakpoint
INSERT INTO "name_words" ("word", "sound")
  SELECT w, dmetaphone(w) FROM (
    SELECT lower("first_name") FROM "people" UNION SELECT lower("last_name") FROM "people"
    UNION SELECT unnest(string_to_array(lower("name"), ' ')) FROM "families"
  ) AS words(w)
  WHERE w <> ''
ON CONFLICT ("word") DO NOTHING;
