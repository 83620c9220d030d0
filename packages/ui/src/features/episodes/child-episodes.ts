import type { RouterOutputs } from "@hearth/api";

/** A child's statutory episodes as the API answers them: what the page shows and its forms start from. */
export type ChildEpisodes = RouterOutputs["episodes"]["get"];
