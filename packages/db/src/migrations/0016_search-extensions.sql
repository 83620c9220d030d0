-- hand-written: person search (issue 10) scores names with pg_trgm and fuzzystrmatch; drizzle-kit cannot declare extensions, and the next migration's indexes need them.
create extension if not exists pg_trgm;--> statement-breakpoint
create extension if not exists fuzzystrmatch;
