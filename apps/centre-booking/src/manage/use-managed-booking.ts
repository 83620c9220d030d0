import type { RouterOutputs } from "@hearth/api";
import { useTRPCClient } from "@hearth/ui";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocation, useNavigate } from "react-router";
import { tokenFromLocation } from "../booking/manage-link";
import { paths } from "../booking/paths";

export type ManagePage = "" | "cancel" | "add-child" | "remove-child";
export type ManagedBooking = RouterOutputs["bookings"]["manage"]["get"];

// The token is left out of the key: it is a secret, and there is only ever one booking open here.
const bookingKey = ["managed-booking"];

/**
 * The booking behind the link in the address bar. The API reads it by POST so the token never
 * travels in a URL; each manage page shares the one answer.
 */
export function useManagedBooking() {
  const location = useLocation();
  const navigate = useNavigate();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const token = tokenFromLocation(location.hash);
  const booking = useQuery({
    queryKey: bookingKey,
    queryFn: () => client.bookings.manage.get.mutate({ token }),
    retry: false,
    staleTime: Infinity,
  });
  return {
    token,
    booking,
    /** Shows the booking as a change left it, without asking the server again. */
    replace: (next: ManagedBooking) => queryClient.setQueryData(bookingKey, next),
    /** A manage page's address, keeping the token in the fragment. */
    linkTo: (sub: ManagePage) => `${sub ? `${paths.manage}/${sub}` : paths.manage}${location.hash}`,
    /** Back to the booking after a change, saying what was done. */
    showBooking: (done: string) =>
      void navigate({ pathname: paths.manage, hash: location.hash }, { state: { done } }),
  };
}
