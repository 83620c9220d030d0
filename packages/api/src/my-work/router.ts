import { workItemListResultSchema, workItemListSchema } from "@hearth/domain";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { listMyWork } from "./list-my-work";

/** The staff home page: what is due for me and, for managers, my team (issue 10 §4). */
export const myWorkRouter = createTRPCRouter({
  list: roleProcedure("myWork.read")
    .input(workItemListSchema)
    .output(workItemListResultSchema)
    .query(({ ctx, input }) => listMyWork(ctx, input)),
});
