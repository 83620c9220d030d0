import type { RouterOutputs } from "@hearth/api";
import type { EpisodePartKind } from "@hearth/domain";

/** A child's statutory episodes as the API answers them: what the page shows and its forms start from. */
export type ChildEpisodes = RouterOutputs["episodes"]["get"];

/** What the page's address can open a form for: a part of an episode, or the child's own details. */
export type PagePart = EpisodePartKind | "child";
