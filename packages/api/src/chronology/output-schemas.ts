import { schema } from "@hearth/db";
import { chronologyKinds, chronologyServices } from "@hearth/domain";
import { z } from "zod";

/** One page of a family's chronology, with the members the reader may see. */
export const chronologyPageSchema = z.object({
  family: z.object({ id: z.string(), name: z.string() }),
  members: z.array(z.object({ personId: z.string(), firstName: z.string(), lastName: z.string(), role: z.enum(schema.familyRole.enumValues) })),
  membersOutsideYourArea: z.number(),
  events: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(chronologyKinds),
      service: z.enum(chronologyServices),
      title: z.string().nullable(),
      summary: z.string(),
      significant: z.boolean(),
      by: z.string().nullable(),
      dateOnly: z.boolean(),
      occurredAt: z.string(),
      personIds: z.array(z.string()),
      /** A practitioner's own entry, for correcting it (issue 10 §3); null for other services' events. */
      entry: z
        .object({ id: z.string(), occurredOn: z.string(), personId: z.string().nullable(), editedAt: z.string().nullable(), mayEdit: z.boolean() })
        .nullable()
        .optional(),
    }),
  ),
  nextCursor: z.object({ occurredAt: z.string(), id: z.string() }).nullable(),
});

export const chronologyEntryAddedSchema = z.object({ id: z.string() });
