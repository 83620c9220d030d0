/**
 * What the application's own database role may do, when migrations run as another (owner) role.
 *
 * The role that owns a table can switch its triggers off, so if the application owned audit_events
 * a compromised application could disable the append-only trigger and rewrite the trail. Run as a
 * role that owns nothing, it may read and change ordinary tables, but may only add to and read the
 * audit trail: UPDATE, DELETE and TRUNCATE are refused by privileges before the trigger is reached,
 * and ALTER TABLE … DISABLE TRIGGER needs ownership it does not have.
 */

/** Tables the application may only INSERT into and SELECT from. */
export const APPEND_ONLY_TABLES = ["audit_events"] as const;

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The statements granting `role` the application's privileges on every table and sequence in the
 * public schema, as they stand now and (through default privileges) as later migrations create
 * them. Safe to run again: the migrator runs it after every migration. Run as the owner role.
 */
export function applicationRoleGrants(role: string): string[] {
  const r = quoteIdent(role);
  const appendOnly = APPEND_ONLY_TABLES.map(quoteIdent).join(", ");
  return [
    `grant usage on schema public to ${r}`,
    `grant select, insert, update, delete on all tables in schema public to ${r}`,
    `grant usage, select on all sequences in schema public to ${r}`,
    `alter default privileges in schema public grant select, insert, update, delete on tables to ${r}`,
    `alter default privileges in schema public grant usage, select on sequences to ${r}`,
    `revoke update, delete, truncate, references, trigger on ${appendOnly} from ${r}`,
  ];
}

/** The user name in a postgres:// URL: the role the application connects as. */
export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username);
}
