import type { RouterOutputs } from "@hearth/api";

/** A session as anyone may see it: the API's public view. */
export type PublicSession = RouterOutputs["sessions"]["get"];
