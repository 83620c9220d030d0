import type { AppRouter } from "@hearth/api";
import { createTRPCContext } from "@trpc/tanstack-react-query";

/** Typed hooks for every procedure; the router's type is the only thing taken from the API. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
