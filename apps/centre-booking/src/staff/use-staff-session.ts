import { useTRPC } from "@hearth/ui";
import { useQuery } from "@tanstack/react-query";

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
