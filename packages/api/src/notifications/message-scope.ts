import type { MessageScope } from "@hearth/db";
import type { Context } from "../context";

/** Centre staff read their centre's messages, managers their area's, administrators everyone's. */
export function messageScope(scope: NonNullable<Context["scope"]>): MessageScope {
  if (scope.role === "admin") return null;
  if (scope.role === "centre_staff") return { centreId: scope.centreId ?? "00000000-0000-0000-0000-000000000000" };
  return { areaId: scope.areaId ?? "00000000-0000-0000-0000-000000000000" };
}
