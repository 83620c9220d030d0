import type { ReactNode } from "react";
import { cx } from "../form/field-parts";

/** The colours MOJ Frontend styles a badge in; blue (the default) needs no class. */
export type BadgeColour = "blue" | "black" | "bright-purple" | "green" | "grey" | "purple" | "red";

/**
 * MOJ's badge: an outlined status beside a name, heading or table cell ("Urgent", "CP plan").
 * Lighter than a GOV.UK tag, so several can sit in a line of text. The words carry the meaning;
 * the colour only helps people scan a list.
 */
export function Badge({ colour = "blue", large, children }: { colour?: BadgeColour; large?: boolean; children: ReactNode }) {
  return <strong className={cx("moj-badge", colour !== "blue" && `moj-badge--${colour}`, large && "moj-badge--large")}>{children}</strong>;
}
