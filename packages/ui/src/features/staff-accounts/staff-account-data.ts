import type { RouterOutputs } from "@hearth/api";

/** One staff account's page as the API answers it: the account and the open work its holder has. */
export type StaffAccountData = RouterOutputs["staff"]["get"];
