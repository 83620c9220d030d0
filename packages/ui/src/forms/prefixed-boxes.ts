/**
 * A form's boxes named with the form's own prefix ("actionDescription"), for pages that hold
 * several forms asking for a field of the same name. A box's name is its id, so without the prefix
 * two boxes share an id: a label's `for` and an error summary's link find the first form's box,
 * and the second form's box is left unlabelled. `aliases` puts the schema's message for
 * "description" beside this form's box; `unboxed` gives the schema its own field names back.
 */
export function prefixedBoxes<Key extends string>(prefix: string, defaults: Record<Key, string>) {
  const keys = Object.keys(defaults) as Key[];
  const box = (key: Key) => `${prefix}${key[0]!.toUpperCase()}${key.slice(1)}`;
  return {
    box,
    defaultValues: Object.fromEntries(keys.map((k) => [box(k), defaults[k]])) as Record<string, string>,
    aliases: Object.fromEntries(keys.map((k) => [k, box(k)])),
    order: keys.map(box),
    unboxed: (values: Record<string, string>) => Object.fromEntries(keys.map((k) => [k, values[box(k)] ?? ""])) as Record<Key, string>,
  };
}
