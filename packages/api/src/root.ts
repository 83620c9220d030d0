import { authRouter } from "./routers/auth";
import { familiesRouter } from "./routers/families";
import { peopleRouter } from "./routers/people";
import { referenceRouter } from "./routers/reference";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  reference: referenceRouter,
  people: peopleRouter,
  families: familiesRouter,
});

export type AppRouter = typeof appRouter;
