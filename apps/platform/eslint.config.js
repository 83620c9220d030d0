import base from "@hearth/eslint-config/base";

export default [
  ...base,
  {
    // The launcher runs before the dependencies are installed, so it cannot use an env.ts parsed by
    // zod: it reads the few variables it passes on (REDIS_URL, NODE_OPTIONS) itself.
    files: ["start.mjs", "redis.mjs"],
    languageOptions: { globals: { setTimeout: "readonly" } },
    rules: { "no-restricted-properties": "off" },
  },
];
