import type { z } from "zod";

/**
 * Parses an app's environment with its schema. A bad value throws one message naming every bad
 * variable, so the process stops at start instead of failing later in the middle of the night.
 */
export function parseEnv<T extends z.ZodType>(schema: T, source: Record<string, string | undefined>): z.infer<T> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
}
