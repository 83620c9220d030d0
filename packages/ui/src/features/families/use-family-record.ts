import type { RouterOutputs } from "@hearth/api";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "react-router";
import { useTRPC } from "../../trpc/trpc";

export type FamilyRecord = RouterOutputs["families"]["record"];

/**
 * The family record every page of it shows (identity bar, alerts, members). One query key, so the
 * layout and the page share one request; `refresh` reloads it after a change.
 */
export function useFamilyRecord(enabled = true) {
  const { familyId = "" } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.families.record.queryOptions({ familyId });
  const record = useQuery({ ...options, enabled });
  const refresh = () => queryClient.invalidateQueries({ queryKey: options.queryKey });
  return { familyId, record, refresh };
}
