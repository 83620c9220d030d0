#!/bin/sh
# Runs once, when the database is first created (the postgres image runs /docker-entrypoint-initdb.d).
# Creates the role the API and worker connect as. It owns nothing: the migrations run as the owner
# (POSTGRES_USER, via MIGRATION_DATABASE_URL) and then grant it what the application needs, with
# only INSERT and SELECT on the audit trail, so the application can never switch the audit table's
# append-only triggers off (see packages/db/src/application-role.ts).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_role="${HEARTH_APP_USER:-hearth_app}" -v app_password="$HEARTH_APP_PASSWORD" -v db="$POSTGRES_DB" <<'SQL'
CREATE ROLE :"app_role" LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
GRANT CONNECT ON DATABASE :"db" TO :"app_role";
-- Nobody but the owner creates objects (the default since PostgreSQL 15; said here to be sure).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
