import { fssHomeSchema } from "@hearth/domain";
import { z } from "zod";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { readFssHome } from "./read-fss-home";

/** The FSS casework app's home page figures (issue 12): the caller's own, and a manager's team's. */
export const fssHomeRouter = createTRPCRouter({
  figures: roleProcedure("fssHome.read")
    .input(z.object({}).default({}))
    .output(fssHomeSchema)
    .query(({ ctx }) => readFssHome(ctx)),
});
