import { bookingAddChildSchema, bookingCreateSchema, bookingManageSchema, bookingRemoveChildSchema } from "@hearth/domain";
import { bookingCreatedSchema } from "./booking-created";
import { createBooking } from "./create-booking";
import {
  addChildToManagedBooking,
  cancelManagedBooking,
  getManagedBooking,
  managedBookingSchema,
  removeChildFromManagedBooking,
} from "./manage-booking";
import { createTRPCRouter, nudgesFamilyMessages, rateLimitedProcedure } from "../trpc";

/**
 * Families book without an account. Booking returns a reference and, once, the token of the
 * manage link; everything after that goes through the token alone.
 */
export const bookingsRouter = createTRPCRouter({
  create: rateLimitedProcedure("change")
    .input(bookingCreateSchema)
    .output(bookingCreatedSchema)
    .use(nudgesFamilyMessages)
    .mutation(({ ctx, input }) => createBooking(ctx, input)),

  manage: createTRPCRouter({
    // A mutation although it only reads: the token then travels in a POST body, never in a URL
    // that proxies and browser histories keep.
    get: rateLimitedProcedure("read")
      .input(bookingManageSchema)
      .output(managedBookingSchema)
      .mutation(({ ctx, input }) => getManagedBooking(ctx, input.token)),

    cancel: rateLimitedProcedure("change")
      .input(bookingManageSchema)
      .output(managedBookingSchema)
      .use(nudgesFamilyMessages)
      .mutation(({ ctx, input }) => cancelManagedBooking(ctx, input.token)),

    addChild: rateLimitedProcedure("change")
      .input(bookingAddChildSchema)
      .output(managedBookingSchema)
      .mutation(({ ctx, input }) => addChildToManagedBooking(ctx, input)),

    removeChild: rateLimitedProcedure("change")
      .input(bookingRemoveChildSchema)
      .output(managedBookingSchema)
      .use(nudgesFamilyMessages)
      .mutation(({ ctx, input }) => removeChildFromManagedBooking(ctx, input)),
  }),
});
