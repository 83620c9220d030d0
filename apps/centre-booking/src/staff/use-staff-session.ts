import { useTRPC } from "@hearth/ui";
import { useQuery, useQueryClient } from "@tanstack/react-query";

/**
 * One session as staff see it, for the change and cancel pages. There is no staff procedure for a
 * single session without its register, so the register is read (audited on the server) and only
 * the session kept; nothing is cached afterwards, as the register names children.
 */
export function useStaffSession(sessionId: string) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.centreSessions.register.queryOptions({ sessionId }),
    select: (register) => register.session,
    gcTime: 0,
    retry: false,
  });
}

/**
 * After a session changes, drops every cached list of sessions, so the next page shows the new
 * figures straight away rather than the old ones until a refetch lands.
 */
export function useForgetSessionLists() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.removeQueries({ queryKey: trpc.centreSessions.list.queryKey() });
}
