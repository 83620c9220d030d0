import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The import boundaries of ARCHITECTURE.md, as one lint rule that every package gets through the
 * shared config. It works out from each file's own path which workspace folder (apps/x, packages/x,
 * tooling/x) it is in, and from each import which folder that lands in, by package name or by a
 * relative path that climbs out of its folder; then applies the table below.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Package name → workspace folder ("apps/api"), read from the workspace itself so new packages count. */
const folderOfPackage = new Map();
for (const group of ["apps", "packages", "tooling"]) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const manifest = join(dir, entry.name, "package.json");
    if (entry.isDirectory() && existsSync(manifest)) folderOfPackage.set(JSON.parse(readFileSync(manifest, "utf8")).name, `${group}/${entry.name}`);
  }
}

/** The composition root (`pnpm start`): the one place that may import other apps, to run them in one process. */
const COMPOSITION_ROOT = "apps/platform";
/** Screens run in a browser: they see the server only as `type AppRouter`, never its code or the database. */
const FRONT_ENDS = new Set(["apps/lcss-portal", "apps/fss-casework", "apps/centre-booking", "packages/ui"]);
/** What each folder may never import (besides apps, which nothing imports). */
const FORBIDDEN = {
  "packages/db": ["packages/api", "packages/jobs", "packages/ui"],
  "packages/jobs": ["packages/api", "packages/db", "packages/ui"],
  "packages/api": ["packages/ui"],
};
/** packages/domain is rules and schemas only: zod, and in its tests the test tools. */
const DOMAIN_ALLOWED = ["zod"];
const DOMAIN_TEST_ALLOWED = ["vitest", "fast-check", "@hearth/vitest-config"];

const folderOfFile = (file) => {
  const parts = relative(root, file).split(sep);
  return parts.length > 2 && ["apps", "packages", "tooling"].includes(parts[0]) ? `${parts[0]}/${parts[1]}` : null;
};
const packageName = (source) => {
  const parts = source.split("/");
  return source.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
};
const isTestFile = (file) => /(^|[\\/])(test|testing)[\\/]|\.test\.[jt]sx?$/.test(file);

/** The message for an import `from` may not make, or null when it may. */
function violation(from, file, source, typeOnly) {
  const relativeSource = source.startsWith(".");
  const target = relativeSource ? folderOfFile(resolve(dirname(file), source)) : folderOfPackage.get(packageName(source));
  if (from === "packages/domain" && !relativeSource && target !== "packages/domain") {
    const allowed = isTestFile(file) ? [...DOMAIN_ALLOWED, ...DOMAIN_TEST_ALLOWED] : DOMAIN_ALLOWED;
    if (!allowed.includes(packageName(source)) && !(isTestFile(file) && source.startsWith("node:")))
      return `packages/domain imports only zod: it holds rules and schemas, with no database, HTTP or clock ("${source}").`;
  }
  if (!target || target === from) return null;
  if (target.startsWith("apps/")) {
    if (from === COMPOSITION_ROOT && (target === "apps/api" || target === "apps/worker")) return null;
    return `Nothing imports an app: ${target} is an app. Move what both need into a package (only ${COMPOSITION_ROOT} composes apps).`;
  }
  if (FRONT_ENDS.has(from)) {
    if (target === "packages/api" && !typeOnly) return `${from} runs in the browser: it may import only types (type AppRouter) from @hearth/api.`;
    if (target === "packages/db" || target === "packages/jobs") return `${from} runs in the browser: it never imports ${target}; ask the API.`;
  }
  if (FORBIDDEN[from]?.includes(target)) return `${from} may not import ${target}: dependencies run apps → api → db → domain, one way.`;
  return null;
}

const typeOnlyImport = (node) =>
  node.importKind === "type" ||
  node.exportKind === "type" ||
  (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === "type" || s.exportKind === "type"));

const importBoundaries = {
  meta: {
    type: "problem",
    docs: { description: "Keeps imports inside the architecture's boundaries (ARCHITECTURE.md, Layout)." },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = folderOfFile(file);
    if (!from) return {};
    const check = (node, typeOnly) => {
      if (node?.type !== "Literal" || typeof node.value !== "string") return;
      const message = violation(from, file, node.value, typeOnly);
      if (message) context.report({ node, message });
    };
    return {
      ImportDeclaration: (node) => check(node.source, typeOnlyImport(node)),
      ExportNamedDeclaration: (node) => node.source && check(node.source, typeOnlyImport(node)),
      ExportAllDeclaration: (node) => check(node.source, node.exportKind === "type"),
      ImportExpression: (node) => check(node.source, false),
      // `typeof import("…")` in a type position: types only by definition.
      TSImportType: (node) => check(node.argument?.literal ?? node.argument, true),
    };
  },
};

export const boundariesPlugin = { meta: { name: "hearth" }, rules: { "import-boundaries": importBoundaries } };
