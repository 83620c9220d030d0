import type { StaffAccount } from "@hearth/db";
import { roleLabels } from "@hearth/domain";
import type { z } from "zod";
import type { staffAccountSchema } from "./output-schemas";

/** A stored account as the staff pages show it. */
export function staffAccountView(account: StaffAccount): z.output<typeof staffAccountSchema> {
  const { createdAt: _createdAt, ...rest } = account;
  return { ...rest, roleLabel: roleLabels[account.role] };
}
