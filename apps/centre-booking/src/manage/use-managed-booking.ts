import type { RouterOutputs } from "@hearth/api";
import { useTRPCClient } from "@hearth/ui";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocation, useNavigate } from "react-router";
import { tokenFromLocation } from "../booking/manage-link";
import { paths } from "../booking/paths";

export type ManagePage = "" | "cancel" | "add-child" | "remove-child";
export type ManagedBooking = RouterOutputs["bookings"]["manage"]["get"];

/**
 * Each link's booking is cached under its own token. A family (or a shared computer) may open a
 * second link in the same tab; one key for every link showed the first booking while the buttons
 * acted on the second. The key lives only in this tab's memory, never in a URL.
 */
const bookingKey = (token: string) => ["managed-booking", token] as const;

/** What a manage page works with: one link's booking and the actions on that same link. */
export interface OpenManageLink {
  /** The link the booking was read through; every change is sent with this one. */
  token: string;
  booking: ManagedBooking;
  /** Shows the booking as a change left it, without asking the server again. */
  replace: (next: ManagedBooking) => void;
  /** A manage page's address, keeping the token in the fragment. */
  linkTo: (sub: ManagePage) => string;
  /** Back to the booking after a change, saying what was done. */
  showBooking: (done: string) => void;
}

/**
 * The booking behind the link in the address bar. The API reads it by POST so the token never
 * travels in a URL; each manage page of one link shares the one answer.
 */
export function useManagedBooking() {
  const location = useLocation();
  const navigate = useNavigate();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const token = tokenFromLocation(location.hash);
  const hash = token ? `#${encodeURIComponent(token)}` : "";
  const booking = useQuery({
    queryKey: bookingKey(token),
    queryFn: () => client.bookings.manage.get.mutate({ token }),
    enabled: token !== "",
    retry: false,
    staleTime: Infinity,
  });
  const actions: Omit<OpenManageLink, "booking"> = {
    token,
    replace: (next) => queryClient.setQueryData(bookingKey(token), next),
    linkTo: (sub) => `${sub ? `${paths.manage}/${sub}` : paths.manage}${hash}`,
    showBooking: (done) => void navigate({ pathname: paths.manage, hash }, { state: { done } }),
  };
  return { booking, ...actions };
}
