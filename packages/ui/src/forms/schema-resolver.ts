import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * react-hook-form's zod resolver, typed by the form's own fields. The domain's schemas turn blank
 * optional answers into "no answer" with z.preprocess, whose input type is `unknown`; the form's
 * text boxes always give strings, so the form states that and keeps the schema's parsed output.
 */
export function schemaResolver<Values extends FieldValues, Schema extends z.ZodType<unknown, FieldValues>>(
  schema: Schema,
): Resolver<Values, unknown, z.output<Schema>> {
  return zodResolver(schema) as unknown as Resolver<Values, unknown, z.output<Schema>>;
}
