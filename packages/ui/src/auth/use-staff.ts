import type { RouterOutputs } from "@hearth/api";
import { hashKey, useMutation, useQueryClient } from "@tanstack/react-query";
import { createContext, use } from "react";
import { useNavigate } from "react-router";
import { useService } from "../app/service";
import { useTRPC } from "../trpc/trpc";

export type Staff = NonNullable<RouterOutputs["auth"]["me"]>;

export const StaffContext = createContext<Staff | null>(null);

/** The signed-in member of staff; only for pages inside RequireStaff. */
export function useStaff(): Staff {
  const staff = use(StaffContext);
  if (!staff) throw new Error("useStaff is only for pages inside <RequireStaff>");
  return staff;
}

/**
 * Ends the session on the server, then forgets everything fetched for it: the next person to use
 * this browser must not find the last one's records in memory.
 */
export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { homePath } = useService();
  return useMutation(
    trpc.auth.signOut.mutationOptions({
      onSettled: async () => {
        const meKey = trpc.auth.me.queryKey();
        // Signed out first, so RequireStaff drops the pages whose data is about to be removed.
        queryClient.setQueryData(meKey, null);
        queryClient.removeQueries({ predicate: (query) => query.queryHash !== hashKey(meKey) });
        await navigate(homePath);
      },
    }),
  );
}
