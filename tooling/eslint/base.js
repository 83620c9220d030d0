import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { boundariesPlugin } from "./boundaries.js";

/**
 * Type-aware rules for every package. Configuration comes from the environment only through
 * each app's env.ts, so `process.env` is forbidden everywhere else. Imports keep to the
 * architecture's boundaries (boundaries.js): apps never import each other, nothing imports an app,
 * packages/domain imports only zod.
 */
export default tseslint.config(
  { ignores: ["**/dist/**", "**/.cache/**", "**/migrations/**", "**/*.config.*"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true } },
    plugins: { hearth: boundariesPlugin },
    rules: {
      "hearth/import-boundaries": "error",
      "@typescript-eslint/consistent-type-imports": ["warn", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through env.ts, where it is validated." },
      ],
    },
  },
  {
    files: ["**/env.ts", "**/test/**", "**/*.test.ts", "**/testing/**", "**/bench/**"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Plain JavaScript run by Node directly (bench load generators, scripts): no types to check.
    files: ["**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: "readonly", Buffer: "readonly", crypto: "readonly", console: "readonly", URL: "readonly" } },
  },
  {
    // vitest's asymmetric matchers (expect.objectContaining …) are typed `any` by design.
    files: ["**/test/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off", "@typescript-eslint/no-unsafe-member-access": "off" },
  },
);
