import type { AppRouter } from "@hearth/api";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import { serverErrorCode } from "../forms/server-errors";
import { TRPCProvider } from "./trpc";

// Answers that will not change by asking again, so retrying only delays the message.
const FINAL_CODES = new Set(["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "TOO_MANY_REQUESTS"]);

function makeClients() {
  const trpcClient = createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: "/trpc",
        // Every query as a POST: a search's personal details stay out of addresses and logs, and
        // the API refuses staff queries sent as GETs (which a link on another site could start).
        methodOverride: "POST",
        // The session lives in an HttpOnly cookie on the same origin as the app.
        fetch: (url, options) => fetch(url, { ...options, credentials: "same-origin" }),
      }),
    ],
  });
  // A session that ends while a page is open (idle timeout) shows up as UNAUTHORIZED on some
  // other call: asking auth.me again lets RequireStaff swap the page for the sign-in form.
  const onError = (error: unknown) => {
    if (serverErrorCode(error) === "UNAUTHORIZED") void queryClient.invalidateQueries({ queryKey: meKey });
  };
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => !FINAL_CODES.has(serverErrorCode(error) ?? "") && failures < 2,
      },
    },
  });
  const meKey = createTRPCOptionsProxy<AppRouter>({
    client: trpcClient,
    queryClient,
  }).auth.me.queryKey();
  return { trpcClient, queryClient };
}

/** React Query and the typed tRPC client for one app; one instance per page load. */
export function HearthProviders({ children }: { children: ReactNode }) {
  const [{ trpcClient, queryClient }] = useState(makeClients);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
